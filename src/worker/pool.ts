// A pool of analysis worker threads (one per core by default). Analysis is CPU-bound and
// single-threaded, so the pool is what lets ingest use both cores while the main thread writes.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { AnalyzedArticle } from "./analyze.ts";
import type { PoolRequest, PoolResponse, ThreadUsage } from "./thread.ts";

export interface Analyzer {
  analyze(text: string, file: string | null): Promise<AnalyzedArticle>;
  close(): Promise<void>;
}

export interface Pool extends Analyzer {
  /** How each thread's time went so far (for benchmarks). */
  usage(): Promise<ThreadUsage[]>;
}

/** Analysis on the calling thread: for tiny inputs, where starting threads costs more than it saves.
 * The pipeline is loaded on first use, so a thread that only hands articles to the pool never loads it. */
export const inlineAnalyzer: Analyzer = {
  analyze: async (text, file) => (await import("./analyze.ts")).analyzeArticle(text, file),
  close: async () => {},
};

interface Waiting {
  resolve: (value: AnalyzedArticle | ThreadUsage) => void;
  reject: (e: Error) => void;
}

export interface PoolOptions {
  /** Keep each thread's CPU time for the pipeline and for packaging apart (costs a little). */
  measure?: boolean;
}

export function createPool(size = availableParallelism(), options: PoolOptions = {}): Pool {
  const workers = Array.from(
    { length: Math.max(1, size) },
    () =>
      new Worker(new URL("./thread-entry.mjs", import.meta.url), {
        workerData: { measure: options.measure },
      }),
  );
  const pending = new Map<number, Waiting>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 0;
  for (const worker of workers) {
    worker.on("message", (response: PoolResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (!waiting) return;
      if (response.ok) waiting.resolve(response.value);
      else waiting.reject(new Error(response.error));
    });
    worker.on("error", (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  }
  /** The answer to a request: an analysed article, or the thread's usage. */
  const ask = <T extends AnalyzedArticle | ThreadUsage>(worker: Worker, request: PoolRequest) => {
    load.set(worker, (load.get(worker) ?? 0) + 1);
    return new Promise<T>((resolve, reject) => {
      pending.set(request.id, { resolve: resolve as Waiting["resolve"], reject });
      worker.postMessage(request);
    });
  };
  return {
    analyze(text, file) {
      // The least-loaded worker takes the next article, so a slow article does not hold a queue up.
      const worker = workers.reduce((a, b) => ((load.get(a) ?? 0) <= (load.get(b) ?? 0) ? a : b));
      return ask<AnalyzedArticle>(worker, { kind: "analyze", id: nextId++, text, file });
    },
    usage() {
      return Promise.all(workers.map((w) => ask<ThreadUsage>(w, { kind: "usage", id: nextId++ })));
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
