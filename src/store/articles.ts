// Writing analysed articles: one transaction per batch, each article whole inside it, so a killed
// ingest keeps every batch that committed and loses only articles that were never committed. A
// rerun skips stored hashes and so resumes where it stopped. The embedded store writes through
// prepared statements (sqlite-writes.ts); PostgreSQL through Kysely, in multi-row statements.
import type { Kysely, Transaction } from "kysely";
import {
  articleRow,
  BatchIndex,
  type DerivedTable,
  DIGEST_FIELD,
  groupIds,
  type NewArticle,
  type Rederived,
  type StoredState,
  signatureOf,
  type WriteOutcome,
} from "./batch.ts";
import type { Store } from "./open.ts";
import {
  type ClaimRowTable,
  type Database,
  DERIVED_TABLES,
  type EntityRowTable,
  type EventRowTable,
  type FigureRowTable,
  type PositionRowTable,
} from "./schema.ts";
import { rederiveSqlite, writeSqlite } from "./sqlite-writes.ts";

export async function storedHashes(
  db: Kysely<Database>,
  hashes: string[],
): Promise<Map<string, StoredState>> {
  const found = new Map<string, StoredState>();
  if (hashes.length === 0) return found;
  const rows = await db
    .selectFrom("articles")
    .select(["id", "content_hash", "record_version"])
    .where("content_hash", "in", hashes)
    .execute();
  for (const r of rows) found.set(r.content_hash, { id: r.id, recordVersion: r.record_version });
  return found;
}

export async function writeArticles(store: Store, articles: NewArticle[]): Promise<WriteOutcome> {
  if (articles.length === 0) return { added: 0, versions: 0, duplicates: 0 };
  if (store.sqlite) return writeSqlite(store.sqlite, articles);
  return store.db.transaction().execute(async (trx) => {
    const index = await batchIndex(trx, articles);
    const derived: Rederived[] = [];
    for (const article of articles) {
      const placement = index.place(article);
      if (placement.previous)
        await trx
          .updateTable("articles")
          .set({ is_current: 0 })
          .where("id", "=", placement.previous.id)
          .execute();
      const { id } = await trx
        .insertInto("articles")
        .values(articleRow(article, placement))
        .returning("id")
        .executeTakeFirstOrThrow();
      index.add(article, id, placement);
      derived.push({ id, analyzed: article.analyzed });
    }
    // The rows of the whole batch go in a few multi-row statements: same transaction, fewer round trips.
    await insertDerived(trx, derived);
    const bands = derived.flatMap(({ id, analyzed }) =>
      analyzed.bands.map((band) => ({ band, article_id: id })),
    );
    for (const rows of chunks(bands, 5000)) await trx.insertInto("article_bands").values(rows).execute();
    await bumpGeneration(trx);
    return index.outcome;
  });
}

/** Replaces the record and derived rows of stored articles analysed again under a new record version. */
export async function rederiveArticles(store: Store, articles: Rederived[]): Promise<void> {
  if (articles.length === 0) return;
  if (store.sqlite) return rederiveSqlite(store.sqlite, articles);
  await store.db.transaction().execute(async (trx) => {
    for (const { id, analyzed } of articles) {
      await trx
        .updateTable("articles")
        .set({
          record: analyzed.record,
          record_version: analyzed.recordVersion,
          framing: analyzed.digest.framing,
        })
        .where("id", "=", id)
        .execute();
      for (const table of DERIVED_TABLES) await trx.deleteFrom(table).where("article_id", "=", id).execute();
    }
    await insertDerived(trx, articles);
    await bumpGeneration(trx);
  });
}

async function bumpGeneration(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable("store_state")
    .set((eb) => ({ value: eb("value", "+", 1) }))
    .where("key", "=", "generation")
    .execute();
}

export async function storeGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("store_state")
    .select("value")
    .where("key", "=", "generation")
    .executeTakeFirst();
  return Number(row?.value ?? 0);
}

async function batchIndex(trx: Transaction<Database>, articles: NewArticle[]): Promise<BatchIndex> {
  const keys = [...new Set(articles.map((a) => a.docKey))];
  const current = await trx
    .selectFrom("articles")
    .select(["id", "doc_key", "version"])
    .where("doc_key", "in", keys)
    .where("is_current", "=", 1)
    .execute();
  const bands = [...new Set(articles.flatMap((a) => a.analyzed.bands))];
  const owners = await trx
    .selectFrom("article_bands")
    .select(["band as key", "article_id as id"])
    .where("band", "in", bands)
    .execute();
  const bandOwners = groupIds(owners);
  const ids = [...new Set(owners.map((o) => o.id))];
  const signed = ids.length
    ? await trx
        .selectFrom("articles")
        .select(["id", "minhash", "duplicate_of", "doc_key"])
        .where("id", "in", ids)
        .execute()
    : [];
  return new BatchIndex(
    new Map(current.map((r) => [r.doc_key, { id: r.id, version: r.version }])),
    bandOwners,
    new Map(signed.map((r) => [r.id, signatureOf(r)])),
  );
}

async function insertDerived(trx: Transaction<Database>, articles: Rederived[]): Promise<void> {
  const rows = (table: DerivedTable) =>
    articles.flatMap(({ id, analyzed }) =>
      (analyzed.digest[DIGEST_FIELD[table]] as object[]).map((r) => ({ ...r, article_id: id })),
    );
  // Chunks keep each statement under the bound-parameter limit (PostgreSQL 65,535).
  for (const chunk of chunks(rows("entity_rows"), 2000))
    await trx
      .insertInto("entity_rows")
      .values(chunk as EntityRowTable[])
      .execute();
  for (const chunk of chunks(rows("claim_rows"), 1500))
    await trx
      .insertInto("claim_rows")
      .values(chunk as ClaimRowTable[])
      .execute();
  for (const chunk of chunks(rows("event_rows"), 2000))
    await trx
      .insertInto("event_rows")
      .values(chunk as EventRowTable[])
      .execute();
  for (const chunk of chunks(rows("position_rows"), 2000))
    await trx
      .insertInto("position_rows")
      .values(chunk as PositionRowTable[])
      .execute();
  for (const chunk of chunks(rows("figure_rows"), 2000))
    await trx
      .insertInto("figure_rows")
      .values(chunk as FigureRowTable[])
      .execute();
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
