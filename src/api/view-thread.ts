// The corpus view's thread (see views.ts): opens the store folder it is given and answers the
// server's view queries, building the view again whenever the store's generation moves on.
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/open.ts";
import { ViewHost, type ViewRequest, type ViewResponse } from "./views.ts";

const store = await openStore({ dir: (workerData as { dir: string }).dir });
const host = new ViewHost(store);

parentPort?.on("message", async (request: ViewRequest) => {
  let response: ViewResponse;
  try {
    const answer = await host.ask(request.generation, request.query, request.args as never);
    response = { id: request.id, ok: true, answer };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
