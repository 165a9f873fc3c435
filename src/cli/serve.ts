// `parley serve --db DIR [--port N] [--host H]`: the web interface and the HTTP API over a store.
// Binds to 127.0.0.1 unless --host says otherwise; read-only unless an ingest token is given.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";

export interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  ingestToken?: string;
}

export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web", "dist");

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("web interface and HTTP API over a store (--db DIR, or DATABASE_URL)")
    .option("--db <dir>", "folder of the embedded store (ignored when DATABASE_URL is set)")
    .option("--port <n>", "port", "8080")
    .option("--host <host>", "address to bind (default: localhost only)", "127.0.0.1")
    .option(
      "--ingest-token <token>",
      "enable POST /api/ingest for this bearer token (or PARLEY_INGEST_TOKEN)",
    )
    .action(async (options: ServeOptions) => {
      process.exitCode = await runServe(options);
    });
}

async function runServe(options: ServeOptions): Promise<number> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`parley: --port must be a number from 0 to 65535, not "${options.port}"`);
    return 2;
  }
  const { serve } = await import("@hono/node-server");
  const { createApp } = await import("../api/app.ts");
  const { openStore, storeOptionsFromEnv } = await import("../store/open.ts");
  const store = await openStore(storeOptionsFromEnv(options.db));
  if (!existsSync(join(WEB_DIR, "index.html"))) {
    console.error("parley: the web interface is not built (npm run build:web); serving the API only");
  }
  const app = createApp({
    store,
    webDir: WEB_DIR,
    ingestToken: options.ingestToken ?? process.env.PARLEY_INGEST_TOKEN ?? null,
    warmUp: true,
  });
  const server = serve({ fetch: app.fetch, port, hostname: options.host }, (info) => {
    console.error(`parley: serving ${store.location} on http://${options.host}:${info.port}/`);
  });
  const stopped = await new Promise<boolean>((done) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      console.error(`parley: cannot listen on ${options.host}:${port} (${error.code ?? error.message})`);
      done(false);
    });
    const stop = () => server.close(() => done(true));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await store.close();
  return stopped ? 0 : 1;
}
