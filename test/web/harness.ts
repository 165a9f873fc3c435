// End-to-end harness: a store built from the seeds (the real ingest) plus our fixture articles, the
// API and built interface on a loopback port, and Debian's Chromium driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { type BrowserContext, chromium } from "playwright-core";
import { createApp } from "../../src/api/app.ts";
import { WEB_DIR } from "../../src/cli/serve.ts";
import { ingestPaths } from "../../src/store/ingest.ts";
import { openStore, type Store } from "../../src/store/open.ts";
import { inlineAnalyzer } from "../../src/worker/pool.ts";
import { writeFixtures } from "../api/fixture.ts";

export const SEEDS = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = join(import.meta.dirname, "..", "..", "test-output", "web");

export interface Harness {
  url: string;
  store: Store;
  browser: BrowserContext;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(WEB_DIR, "index.html")))
    throw new Error("web interface not built: run `npm run build:web` (npm test does)");
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "parley-e2e-"));
  const store = await openStore({ dir: join(dir, "store") });
  const summary = await ingestPaths(store, [SEEDS], { analyzer: inlineAnalyzer });
  if (summary.added === 0) throw new Error(`no seed article ingested from ${SEEDS}`);
  await writeFixtures(store);
  const server = await listen(createApp({ store, webDir: WEB_DIR, log: () => {}, warmUp: true }).fetch);
  const browser = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listen(fetch: Parameters<typeof serve>[0]["fetch"]): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(server));
  });
}
