// Ingest: sources → content hash → (skip if stored) → analysis pool → batched transactional writes.
// Two stages overlap: while one batch is being written, the pool analyses the next.
import { resolve } from "node:path";
import type { SourceItem, SourceProblem } from "../ingest/item.ts";
import { readSources } from "../ingest/sources.ts";
import { RECORD_VERSION } from "../record/build.ts";
import type { AnalyzedArticle } from "../worker/analyze.ts";
import type { Analyzer } from "../worker/pool.ts";
import { rederiveArticles, storedHashes, writeArticles } from "./articles.ts";
import type { NewArticle } from "./batch.ts";
import { contentHash } from "./content-hash.ts";
import type { Store } from "./open.ts";

export interface IngestSummary {
  added: number;
  versions: number;
  duplicates: number;
  skipped: number;
  rederived: number;
  failed: number;
  problems: SourceProblem[];
}

export interface IngestOptions {
  analyzer: Analyzer;
  /** Articles per transaction. */
  batchSize?: number;
  onProblem?: (problem: SourceProblem) => void;
  /** Called after each article is settled (stored, skipped or failed). */
  onProgress?: (summary: IngestSummary) => void;
}

interface Pending {
  item: SourceItem;
  hash: string;
  /** Set when the article is stored under an older record version: re-derive in place. */
  rederiveId: number | null;
}

/** The key that versions of one article share: its URL, else its file (and line). */
export function documentKey(item: SourceItem): string {
  if (item.url) return item.url;
  const file = resolve(item.file);
  return item.line === null ? file : `${file}#${item.line}`;
}

export async function ingestPaths(
  store: Store,
  paths: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    added: 0,
    versions: 0,
    duplicates: 0,
    skipped: 0,
    rederived: 0,
    failed: 0,
    problems: [],
  };
  const batchSize = options.batchSize ?? 256;
  const fail = (problem: SourceProblem) => {
    summary.failed++;
    summary.problems.push(problem);
    options.onProblem?.(problem);
    options.onProgress?.(summary);
  };
  const seen = new Set<string>();
  let writing: Promise<void> = Promise.resolve();
  let batch: SourceItem[] = [];
  const flush = async () => {
    const pending = await selectPending(store, batch, seen, summary);
    options.onProgress?.(summary);
    batch = [];
    const analysed = analyseAll(pending, options.analyzer, fail);
    // Wait for the previous batch's write, then hand this batch's write to the next round.
    await writing;
    writing = analysed
      .then((done) => storeBatch(store, done, summary))
      .then(() => options.onProgress?.(summary));
  };
  for (const entry of readSources(paths)) {
    if ("problem" in entry) {
      fail(entry.problem);
      continue;
    }
    batch.push(entry.item);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await writing;
  summary.rederived += await rederiveStale(store, options.analyzer, batchSize);
  return summary;
}

async function selectPending(
  store: Store,
  items: SourceItem[],
  seen: Set<string>,
  summary: IngestSummary,
): Promise<Pending[]> {
  const hashed = items.map((item) => ({ item, hash: contentHash(item.text) }));
  const stored = await storedHashes(store.db, [...new Set(hashed.map((h) => h.hash))]);
  const pending: Pending[] = [];
  for (const { item, hash } of hashed) {
    const state = stored.get(hash);
    if (seen.has(hash) || (state && state.recordVersion === RECORD_VERSION)) {
      summary.skipped++;
      continue;
    }
    seen.add(hash);
    pending.push({ item, hash, rederiveId: state ? state.id : null });
  }
  return pending;
}

type Analysed = Pending & { analyzed: AnalyzedArticle };

async function analyseAll(
  pending: Pending[],
  analyzer: Analyzer,
  fail: (p: SourceProblem) => void,
): Promise<Analysed[]> {
  const results = await Promise.all(
    pending.map((p) =>
      analyzer.analyze(p.item.text, documentKey(p.item)).then(
        (analyzed) => ({ ...p, analyzed }),
        (error: Error) => {
          fail({ file: p.item.file, line: p.item.line, problem: `analysis failed: ${error.message}` });
          return null;
        },
      ),
    ),
  );
  return results.filter((r): r is Analysed => r !== null);
}

async function storeBatch(store: Store, done: Analysed[], summary: IngestSummary): Promise<void> {
  const fresh: NewArticle[] = done
    .filter((d) => d.rederiveId === null)
    .map((d) => ({ item: d.item, docKey: documentKey(d.item), analyzed: d.analyzed }));
  const outcome = await writeArticles(store, fresh);
  summary.added += outcome.added;
  summary.versions += outcome.versions;
  summary.duplicates += outcome.duplicates;
  const stale = done
    .filter((d) => d.rederiveId !== null)
    .map((d) => ({ id: d.rederiveId as number, analyzed: d.analyzed }));
  await rederiveArticles(store, stale);
  summary.rederived += stale.length;
}

/** Re-analyses every stored article whose record was made by another analysis version. */
async function rederiveStale(store: Store, analyzer: Analyzer, batchSize: number): Promise<number> {
  let count = 0;
  let after = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom("articles")
      .select(["id", "text", "doc_key"])
      .where("record_version", "!=", RECORD_VERSION)
      .where("id", ">", after)
      .orderBy("id")
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return count;
    after = rows[rows.length - 1].id;
    const analysed = await Promise.all(
      rows.map(async (r) => ({ id: r.id, analyzed: await analyzer.analyze(r.text, r.doc_key) })),
    );
    await rederiveArticles(store, analysed);
    count += analysed.length;
  }
}
