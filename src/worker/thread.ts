// A worker thread of the analysis pool: analyses each text it is sent and posts the result back.
// Started with `measure`, it also keeps its CPU time apart for the analysis pipeline and for
// packaging the result (record JSON, digest rows, hash, MinHash), and tells it on request.
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { analyzeText } from "../pipeline.ts";
import { type AnalyzedArticle, articleOf } from "./analyze.ts";
import { threadCpuClock } from "./cpu.ts";

export type PoolRequest =
  | { kind: "analyze"; id: number; text: string; file: string | null }
  | { kind: "usage"; id: number };

export interface ThreadUsage {
  /** CPU milliseconds: of the thread so far, and of the two parts of analysing (0 unless measured). */
  cpuMs: number | null;
  pipelineMs: number;
  packagingMs: number;
  /** The thread's own V8 heap: what it holds now and the most it has reserved. */
  heapUsedMb: number;
  heapTotalMb: number;
}

/** The value is the analysed article, or the usage when that was asked. */
export type PoolResponse =
  | { id: number; ok: true; value: AnalyzedArticle | ThreadUsage }
  | { id: number; ok: false; error: string };

const clock = threadCpuClock();
const measured = (workerData as { measure?: boolean } | null)?.measure === true ? clock : null;
const usage = { pipelineMs: 0, packagingMs: 0 };

function analyze(text: string, file: string | null): AnalyzedArticle {
  if (!measured) return articleOf(text, analyzeText(text, file));
  const start = measured();
  const analysis = analyzeText(text, file);
  const analysed = measured();
  const result = articleOf(text, analysis);
  usage.pipelineMs += analysed - start;
  usage.packagingMs += measured() - analysed;
  return result;
}

function heapNow(): { heapUsedMb: number; heapTotalMb: number } {
  const heap = getHeapStatistics();
  return { heapUsedMb: heap.used_heap_size / 2 ** 20, heapTotalMb: heap.total_heap_size / 2 ** 20 };
}

parentPort?.on("message", (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    response =
      request.kind === "usage"
        ? { id: request.id, ok: true, value: { ...usage, ...heapNow(), cpuMs: clock?.() ?? null } }
        : { id: request.id, ok: true, value: analyze(request.text, request.file) };
  } catch (error) {
    response = { id: request.id, ok: false, error: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
