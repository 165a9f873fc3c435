// Opening the store: embedded SQLite (WAL, in a folder the user names) by default, PostgreSQL when a
// connection string is given (DATABASE_URL). Both go through the same Kysely query layer.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { migrateToLatest } from "./migrations.ts";
import type { Database } from "./schema.ts";

export type Dialect = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Folder or connection string, for messages. */
  location: string;
  /** The SQLite file, for size reports (null on PostgreSQL). */
  file: string | null;
  /** The embedded store's connection, for the write path's prepared statements (null on PostgreSQL). */
  sqlite: SQLite.Database | null;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Folder of the embedded store. */
  dir?: string;
  /** PostgreSQL connection string; wins over dir. */
  url?: string;
  /** PostgreSQL schema to work in (created when missing): lets test runs stay apart. */
  schema?: string;
}

export const DEFAULT_STORE_DIR = "parley-store";

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.url
    ? await openPostgres(options.url, options.schema)
    : openSqlite(options.dir ?? DEFAULT_STORE_DIR);
  await migrateToLatest(store.db as Kysely<unknown>, store.dialect, options.url ? options.schema : undefined);
  return store;
}

/** The store the CLI should use: DATABASE_URL when set, else the --db folder. */
export function storeOptionsFromEnv(dir: string | undefined): StoreOptions {
  const url = process.env.DATABASE_URL;
  return url ? { url, schema: process.env.PARLEY_PG_SCHEMA } : { dir: dir ?? DEFAULT_STORE_DIR };
}

function openSqlite(dir: string): Store {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "parley.sqlite");
  const database = new SQLite(file);
  database.pragma("journal_mode = WAL");
  // NORMAL in WAL mode keeps every committed transaction across a process kill (not a power cut).
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 10000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: "sqlite", location: dir, file, sqlite: database, close: () => db.destroy() };
}

async function openPostgres(url: string, schema: string | undefined): Promise<Store> {
  if (schema) await ensureSchema(url, schema);
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    location: schema ? `${redact(url)} (schema ${schema})` : redact(url),
    file: null,
    sqlite: null,
    close: () => db.destroy(),
  };
}

async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema if not exists ${quoteIdent(schema)}`);
  } finally {
    await client.end();
  }
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${quoteIdent(schema)} cascade`);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/** Full-text search over article titles and texts: the one raw-SQL query, per dialect. */
export async function searchArticleIds(store: Store, query: string, limit = 50): Promise<number[]> {
  if (store.dialect === "sqlite") {
    const rows = await sql<{
      id: number;
    }>`select rowid as id from articles_fts where articles_fts match ${ftsQuery(query)} order by rank limit ${limit}`.execute(
      store.db,
    );
    return rows.rows.map((r) => r.id);
  }
  const rows = await sql<{
    id: number;
  }>`select id from articles where tsv @@ plainto_tsquery('english', ${query}) order by ts_rank(tsv, plainto_tsquery('english', ${query})) desc limit ${limit}`.execute(
    store.db,
  );
  return rows.rows.map((r) => r.id);
}

/** Words of the user's query as FTS5 string literals, so punctuation in it is never FTS syntax. */
function ftsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(" ") || '""';
}
