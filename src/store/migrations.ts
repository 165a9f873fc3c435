// Versioned migrations, applied in name order by Kysely's Migrator. Each is written once and never
// edited after release: a schema change is a new migration. Full-text search is the one place with
// dialect-specific raw SQL (FTS5 in SQLite, tsvector + GIN in PostgreSQL).
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import type { Dialect } from "./open.ts";

type AnyDb = Kysely<unknown>;

function init(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("articles")
        .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) =>
          dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn("content_hash", "text", (c) => c.notNull().unique())
        .addColumn("doc_key", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("previous_id", "integer")
        .addColumn("is_current", "integer", (c) => c.notNull())
        .addColumn("duplicate_of", "integer")
        .addColumn("similarity", dialect === "postgres" ? "double precision" : "real")
        .addColumn("title", "text")
        .addColumn("url", "text")
        .addColumn("outlet", "text")
        .addColumn("published", "text")
        .addColumn("source_file", "text", (c) => c.notNull())
        .addColumn("source_line", "integer")
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("word_count", "integer", (c) => c.notNull())
        .addColumn("minhash", "text", (c) => c.notNull())
        .addColumn("record_version", "text", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .addColumn("framing", "text")
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("articles_doc_key")
        .on("articles")
        .columns(["doc_key", "is_current"])
        .execute();
      await db.schema
        .createTable("article_bands")
        .addColumn("band", "text", (c) => c.notNull())
        .addColumn("article_id", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("article_bands_band").on("article_bands").column("band").execute();
      await createDerivedTables(db, dialect);
    },
  };
}

async function createDerivedTables(db: AnyDb, dialect: Dialect): Promise<void> {
  const float = dialect === "postgres" ? "double precision" : "real";
  await db.schema
    .createTable("entity_rows")
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("local_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("subtype", "text")
    .addColumn("aliases", "text", (c) => c.notNull())
    .addColumn("titles", "text", (c) => c.notNull())
    .addColumn("mention_kinds", "text", (c) => c.notNull())
    .addColumn("mention_count", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("claim_rows")
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("local_id", "text", (c) => c.notNull())
    .addColumn("source_entity", "text")
    .addColumn("source_text", "text")
    .addColumn("source_kind", "text")
    .addColumn("anonymous", "integer", (c) => c.notNull())
    .addColumn("descriptor", "text")
    .addColumn("affiliation", "text")
    .addColumn("cue", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("via", "text", (c) => c.notNull())
    .addColumn("nested", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("event_rows")
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text")
    .addColumn("actors", "text", (c) => c.notNull())
    .addColumn("recipients", "text", (c) => c.notNull())
    .addColumn("place", "text")
    .addColumn("plover", "text")
    .addColumn("cameo", "text")
    .addColumn("date", "text")
    .addColumn("evidence", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("position_rows")
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("issue", "text", (c) => c.notNull())
    .addColumn("stance", "text", (c) => c.notNull())
    .addColumn("according_to", "text")
    .addColumn("evidence", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("figure_rows")
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("value", float, (c) => c.notNull())
    .addColumn("unit", "text")
    .addColumn("what", "text")
    .addColumn("qualifier", "text")
    .addColumn("source", "text")
    .addColumn("evidence", "text", (c) => c.notNull())
    .execute();
  for (const table of ["entity_rows", "claim_rows", "event_rows", "position_rows", "figure_rows"]) {
    await db.schema.createIndex(`${table}_article`).on(table).column("article_id").execute();
  }
}

function fullText(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      if (dialect === "sqlite") {
        // External-content FTS5 index, filled by the ingest in the same transaction as the article.
        await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='id')`.execute(
          db,
        );
      } else {
        await sql`alter table articles add column tsv tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored`.execute(
          db,
        );
        await sql`create index articles_tsv on articles using gin (tsv)`.execute(db);
      }
    },
  };
}

const viewCache: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable("store_state")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "integer", (c) => c.notNull())
      .execute();
    await sql`insert into store_state (key, value) values ('generation', 0)`.execute(db);
    await db.schema
      .createTable("view_cache")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("generation", "integer", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .execute();
  },
};

/** The indexes the API's newest-first pages read in order and stop at their limit: articles by date
 * (and by outlet, compared case-insensitively), each derived table by article and its order within
 * one, and unnamed-source claims apart. Names of article-local entity ids are read off the index. */
function listIndexes(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      // Servers before this migration made api_articles_newest themselves, ascending; it is made
      // again as each dialect reads "newest first, undated last": SQLite sorts NULL first and scans
      // an ascending index backwards, PostgreSQL needs that order written into the index.
      const newest = dialect === "postgres" ? sql`published desc nulls last, id desc` : sql`published, id`;
      await db.schema.dropIndex("api_articles_newest").ifExists().execute();
      await db.schema
        .createIndex("api_articles_newest")
        .on("articles")
        .column("is_current")
        .expression(newest)
        .column("duplicate_of")
        .execute();
      await db.schema
        .createIndex("articles_outlet_newest")
        .on("articles")
        .column("is_current")
        .expression(sql`lower(outlet)`)
        .expression(newest)
        .column("duplicate_of")
        .execute();
      const withinArticle = {
        entity_rows: ["local_id", "name"],
        claim_rows: ["start"],
        event_rows: ["idx"],
        position_rows: ["idx"],
        figure_rows: ["idx"],
      };
      for (const [table, columns] of Object.entries(withinArticle)) {
        await db.schema.dropIndex(`${table}_article`).execute();
        await db.schema
          .createIndex(`${table}_article`)
          .on(table)
          .columns(["article_id", ...columns])
          .execute();
      }
      await db.schema
        .createIndex("claim_rows_unnamed")
        .on("claim_rows")
        .columns(["article_id", "start"])
        .where((eb) => eb.or([eb(sql.ref("anonymous"), "=", 1), eb(sql.ref("source_kind"), "=", "unnamed")]))
        .execute();
    },
  };
}

export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    "0001_init": init(dialect),
    "0002_full_text": fullText(dialect),
    "0003_view_cache": viewCache,
    "0004_list_indexes": listIndexes(dialect),
  };
}

/** `schema`: the PostgreSQL schema the store lives in, which must also hold the migration tables
 * (else Kysely looks for them across schemas and can find another store's). */
export async function migrateToLatest(db: AnyDb, dialect: Dialect, schema?: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed)
    throw new Error(`store migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
}
