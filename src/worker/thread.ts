// A worker thread of the analysis pool: analyses each text it is sent and posts the result back.
import { parentPort } from "node:worker_threads";
import { analyzeArticle } from "./analyze.ts";

export interface PoolRequest {
  id: number;
  text: string;
  file: string | null;
}

export type PoolResponse =
  | { id: number; ok: true; result: ReturnType<typeof analyzeArticle> }
  | { id: number; ok: false; error: string };

parentPort?.on("message", (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    response = { id: request.id, ok: true, result: analyzeArticle(request.text, request.file) };
  } catch (error) {
    response = { id: request.id, ok: false, error: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
