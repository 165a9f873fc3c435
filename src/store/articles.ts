// Writing analysed articles: one transaction per batch, each article whole inside it, so a killed
// ingest keeps every batch that committed and loses only articles that were never committed. A
// rerun skips stored hashes and so resumes where it stopped.
import { type Kysely, sql, type Transaction } from "kysely";
import type { ArticleDigest } from "../corpus/digest.ts";
import { decodeSignature, NEAR_DUPLICATE, similarity } from "../corpus/minhash.ts";
import type { SourceItem } from "../ingest/item.ts";
import type { AnalyzedArticle } from "../worker/analyze.ts";
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

export interface NewArticle {
  item: SourceItem;
  docKey: string;
  analyzed: AnalyzedArticle;
}

export interface StoredState {
  id: number;
  recordVersion: string;
}

export interface WriteOutcome {
  added: number;
  /** New versions of an article already stored under the same URL or path. */
  versions: number;
  /** Near-duplicates (wire copies) linked to an earlier article. */
  duplicates: number;
}

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
  const outcome: WriteOutcome = { added: 0, versions: 0, duplicates: 0 };
  if (articles.length === 0) return outcome;
  await store.db.transaction().execute(async (trx) => {
    const current = await currentByKey(
      trx,
      articles.map((a) => a.docKey),
    );
    const bandOwners = await articlesByBand(
      trx,
      articles.flatMap((a) => a.analyzed.bands),
    );
    const signatures = new Map<number, { minhash: Uint32Array; root: number; key: string }>();
    await loadSignatures(trx, [...new Set([...bandOwners.values()].flat())], signatures);
    const derived: { id: number; analyzed: AnalyzedArticle }[] = [];
    const searchRows: { id: number; title: string | null; text: string }[] = [];
    for (const article of articles) {
      const previous = current.get(article.docKey);
      const duplicate = findDuplicate(article, bandOwners, signatures);
      const id = await insertArticle(trx, article, previous, duplicate);
      derived.push({ id, analyzed: article.analyzed });
      searchRows.push({ id, title: article.analyzed.title ?? article.item.title, text: article.item.text });
      current.set(article.docKey, { id, version: (previous?.version ?? 0) + 1 });
      for (const band of article.analyzed.bands) bandOwners.set(band, [...(bandOwners.get(band) ?? []), id]);
      signatures.set(id, {
        minhash: decodeSignature(article.analyzed.minhash),
        root: duplicate?.root ?? id,
        key: article.docKey,
      });
      outcome.added++;
      if (previous) outcome.versions++;
      if (duplicate) outcome.duplicates++;
    }
    // The rows of the whole batch go in a few multi-row statements: same transaction, fewer round trips.
    await insertDerived(trx, derived);
    const bands = derived.flatMap(({ id, analyzed }) =>
      analyzed.bands.map((band) => ({ band, article_id: id })),
    );
    for (const rows of chunks(bands, 5000)) await trx.insertInto("article_bands").values(rows).execute();
    if (store.dialect === "sqlite") {
      for (const rows of chunks(searchRows, 200)) {
        const values = sql.join(rows.map((r) => sql`(${r.id}, ${r.title}, ${r.text})`));
        await sql`insert into articles_fts(rowid, title, text) values ${values}`.execute(trx);
      }
    }
    await bumpGeneration(trx);
  });
  return outcome;
}

/** Replaces the record and derived rows of stored articles analysed again under a new record version. */
export async function rederiveArticles(
  store: Store,
  articles: { id: number; analyzed: AnalyzedArticle }[],
): Promise<void> {
  if (articles.length === 0) return;
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

async function currentByKey(
  trx: Transaction<Database>,
  keys: string[],
): Promise<Map<string, { id: number; version: number }>> {
  const map = new Map<string, { id: number; version: number }>();
  const rows = await trx
    .selectFrom("articles")
    .select(["id", "doc_key", "version"])
    .where("doc_key", "in", [...new Set(keys)])
    .where("is_current", "=", 1)
    .execute();
  for (const r of rows) map.set(r.doc_key, { id: r.id, version: r.version });
  return map;
}

async function articlesByBand(trx: Transaction<Database>, bands: string[]): Promise<Map<string, number[]>> {
  const map = new Map<string, number[]>();
  if (bands.length === 0) return map;
  const rows = await trx
    .selectFrom("article_bands")
    .select(["band", "article_id"])
    .where("band", "in", [...new Set(bands)])
    .execute();
  for (const r of rows) map.set(r.band, [...(map.get(r.band) ?? []), r.article_id]);
  return map;
}

async function loadSignatures(
  trx: Transaction<Database>,
  ids: number[],
  into: Map<number, { minhash: Uint32Array; root: number; key: string }>,
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await trx
    .selectFrom("articles")
    .select(["id", "minhash", "duplicate_of", "doc_key"])
    .where("id", "in", ids)
    .execute();
  for (const r of rows)
    into.set(r.id, { minhash: decodeSignature(r.minhash), root: r.duplicate_of ?? r.id, key: r.doc_key });
}

/** The most similar earlier article above the near-duplicate bar, other versions of the same key aside. */
function findDuplicate(
  article: NewArticle,
  bandOwners: Map<string, number[]>,
  signatures: Map<number, { minhash: Uint32Array; root: number; key: string }>,
): { root: number; similarity: number } | null {
  const mine = decodeSignature(article.analyzed.minhash);
  let best: { root: number; similarity: number } | null = null;
  const checked = new Set<number>();
  for (const band of article.analyzed.bands) {
    for (const id of bandOwners.get(band) ?? []) {
      if (checked.has(id)) continue;
      checked.add(id);
      const other = signatures.get(id);
      if (!other || other.key === article.docKey) continue;
      const s = similarity(mine, other.minhash);
      if (s >= NEAR_DUPLICATE && (!best || s > best.similarity)) best = { root: other.root, similarity: s };
    }
  }
  return best;
}

async function insertArticle(
  trx: Transaction<Database>,
  { item, docKey, analyzed }: NewArticle,
  previous: { id: number; version: number } | undefined,
  duplicate: { root: number; similarity: number } | null,
): Promise<number> {
  if (previous)
    await trx.updateTable("articles").set({ is_current: 0 }).where("id", "=", previous.id).execute();
  const row = await trx
    .insertInto("articles")
    .values({
      content_hash: analyzed.hash,
      doc_key: docKey,
      version: (previous?.version ?? 0) + 1,
      previous_id: previous?.id ?? null,
      is_current: 1,
      duplicate_of: duplicate?.root ?? null,
      similarity: duplicate?.similarity ?? null,
      title: item.title ?? analyzed.title,
      url: item.url,
      outlet: item.outlet ?? analyzed.outlet,
      published: item.published ?? analyzed.published,
      source_file: item.file,
      source_line: item.line,
      format: item.format,
      text: item.text,
      word_count: analyzed.wordCount,
      minhash: analyzed.minhash,
      record_version: analyzed.recordVersion,
      record: analyzed.record,
      framing: analyzed.digest.framing,
      ingested_at: new Date().toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertDerived(
  trx: Transaction<Database>,
  articles: { id: number; analyzed: AnalyzedArticle }[],
): Promise<void> {
  const rows = (key: Exclude<keyof ArticleDigest, "framing">) =>
    articles.flatMap(({ id, analyzed }) =>
      (analyzed.digest[key] as object[]).map((r) => ({ ...r, article_id: id })),
    );
  // Chunks keep each statement under the bound-parameter limits (SQLite 32,766; PostgreSQL 65,535).
  for (const chunk of chunks(rows("entities"), 2000))
    await trx
      .insertInto("entity_rows")
      .values(chunk as EntityRowTable[])
      .execute();
  for (const chunk of chunks(rows("claims"), 1500))
    await trx
      .insertInto("claim_rows")
      .values(chunk as ClaimRowTable[])
      .execute();
  for (const chunk of chunks(rows("events"), 2000))
    await trx
      .insertInto("event_rows")
      .values(chunk as EventRowTable[])
      .execute();
  for (const chunk of chunks(rows("positions"), 2000))
    await trx
      .insertInto("position_rows")
      .values(chunk as PositionRowTable[])
      .execute();
  for (const chunk of chunks(rows("figures"), 2000))
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
