// The job queue on PostgreSQL (graphile-worker): `parley ingest --queue` adds one analysis job per
// article, `parley worker` processes on any number of machines take jobs and write to the store.
// Each job is one article analysed and written in one transaction; the content hash is the job key,
// so an article queued twice is one job, and one already stored is skipped by the worker.
import { Logger, makeWorkerUtils, run, runOnce, type Task } from "graphile-worker";
import type { SourceItem, SourceProblem } from "../ingest/item.ts";
import { readSources } from "../ingest/sources.ts";
import { RECORD_VERSION } from "../record/build.ts";
import { rederiveArticles, storedHashes, writeArticles } from "../store/articles.ts";
import { documentKey } from "../store/ingest.ts";
import { openStore, type Store } from "../store/open.ts";
import { analyzeArticle, contentHash } from "./analyze.ts";

export const ANALYZE_TASK = "parley_analyze";

export interface QueueOptions {
  url: string;
  /** Schema of the store (search_path); the queue's own schema is derived from it. */
  schema?: string;
}

export function queueSchema(options: QueueOptions): string {
  return options.schema ? `${options.schema}_queue` : "graphile_worker";
}

/** Only warnings and errors: graphile-worker is chatty at info level. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`parley worker: ${message}`);
});

export interface EnqueueSummary {
  queued: number;
  skipped: number;
  problems: SourceProblem[];
}

export async function enqueuePaths(
  options: QueueOptions,
  paths: string[],
  onProblem?: (p: SourceProblem) => void,
): Promise<EnqueueSummary> {
  const store = await openStore({ url: options.url, schema: options.schema });
  const utils = await makeWorkerUtils({
    connectionString: options.url,
    schema: queueSchema(options),
    logger: quietLogger,
  });
  const summary: EnqueueSummary = { queued: 0, skipped: 0, problems: [] };
  try {
    await utils.migrate();
    let batch: SourceItem[] = [];
    const flush = async () => {
      const hashes = batch.map((item) => contentHash(item.text));
      const stored = await storedHashes(store.db, hashes);
      const fresh = batch.filter((_, i) => stored.get(hashes[i])?.recordVersion !== RECORD_VERSION);
      summary.skipped += batch.length - fresh.length;
      if (fresh.length) {
        await utils.addJobs(
          fresh.map((item) => ({
            identifier: ANALYZE_TASK,
            payload: { item },
            jobKey: contentHash(item.text),
            maxAttempts: 3,
          })),
        );
      }
      summary.queued += fresh.length;
      batch = [];
    };
    for (const entry of readSources(paths)) {
      if ("problem" in entry) {
        summary.problems.push(entry.problem);
        onProblem?.(entry.problem);
        continue;
      }
      batch.push(entry.item);
      if (batch.length >= 200) await flush();
    }
    await flush();
    return summary;
  } finally {
    await utils.release();
    await store.close();
  }
}

export interface WorkerOptions extends QueueOptions {
  /** Drain the queue and exit, instead of waiting for more jobs. */
  once?: boolean;
  concurrency?: number;
  onStored?: (item: SourceItem) => void;
}

export async function runWorker(options: WorkerOptions): Promise<void> {
  const store = await openStore({ url: options.url, schema: options.schema });
  const taskList = { [ANALYZE_TASK]: analyzeTask(store, options.onStored) };
  const common = {
    connectionString: options.url,
    schema: queueSchema(options),
    logger: quietLogger,
    taskList,
  };
  try {
    if (options.once) await runOnce({ ...common, noHandleSignals: true });
    else {
      const runner = await run({ ...common, concurrency: options.concurrency ?? 1 });
      await runner.promise;
    }
  } finally {
    await store.close();
  }
}

function analyzeTask(store: Store, onStored?: (item: SourceItem) => void): Task {
  return async (payload) => {
    const { item } = payload as { item: SourceItem };
    const hash = contentHash(item.text);
    const stored = (await storedHashes(store.db, [hash])).get(hash);
    if (stored?.recordVersion === RECORD_VERSION) return;
    const analyzed = analyzeArticle(item.text, documentKey(item));
    if (stored) await rederiveArticles(store, [{ id: stored.id, analyzed }]);
    else {
      try {
        await writeArticles(store, [{ item, docKey: documentKey(item), analyzed }]);
      } catch (error) {
        // Another worker stored the same text first: that is the one copy, and this job is done.
        if ((error as { code?: string }).code !== "23505") throw error;
        return;
      }
    }
    onStored?.(item);
  };
}
