// A pool of analysis worker threads (one per core by default). Analysis is CPU-bound and
// single-threaded, so the pool is what lets ingest use both cores while the main thread writes.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type AnalyzedArticle, analyzeArticle } from "./analyze.ts";
import type { PoolRequest, PoolResponse } from "./thread.ts";

export interface Analyzer {
  analyze(text: string, file: string | null): Promise<AnalyzedArticle>;
  close(): Promise<void>;
}

/** Analysis on the calling thread: for tiny inputs, where starting threads costs more than it saves. */
export const inlineAnalyzer: Analyzer = {
  analyze: async (text, file) => analyzeArticle(text, file),
  close: async () => {},
};

export function createPool(size = availableParallelism()): Analyzer {
  const workers = Array.from(
    { length: Math.max(1, size) },
    () => new Worker(new URL("./thread-entry.mjs", import.meta.url)),
  );
  const pending = new Map<number, { resolve: (r: AnalyzedArticle) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 0;
  for (const worker of workers) {
    worker.on("message", (response: PoolResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (!waiting) return;
      if (response.ok) waiting.resolve(response.result);
      else waiting.reject(new Error(response.error));
    });
    worker.on("error", (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  }
  return {
    analyze(text, file) {
      const id = nextId++;
      // The least-loaded worker takes the next article, so a slow article does not hold a queue up.
      const worker = workers.reduce((a, b) => ((load.get(a) ?? 0) <= (load.get(b) ?? 0) ? a : b));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, file } satisfies PoolRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
