// API latency: p50/p95/p99 of the main list endpoints on a store of 10,000 articles, with autocannon
// as the load generator against `parley serve` (its own process) on loopback.
//   npx tsx bench/api.bench.ts [--articles N] [--store DIR] [--connections N] [--seconds N]
// The store is built with the real ingest from the PolNeAR texts, each repeated with a numbered
// closing line; near-duplicate links are then cleared so all N articles count as distinct.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { ingestPaths } from "../src/store/ingest.ts";
import { openStore } from "../src/store/open.ts";
import { createPool } from "../src/worker/pool.ts";

const shared = process.env.PARLEY_SHARED ?? join(import.meta.dirname, "../../shared");
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const wanted = Number(option("--articles") ?? 10_000);
const connections = Number(option("--connections") ?? 8);
const seconds = Number(option("--seconds") ?? 4);
const OUTLETS = [
  "Wire One",
  "Daily Ledger",
  "Evening Post",
  "Harbor Times",
  "Capital Radio",
  "Morning Star",
  "City Herald",
];

const ENDPOINTS = [
  "/api/articles",
  "/api/articles?outlet=Harbor%20Times&from=2024-03-01&to=2024-06-30",
  "/api/entities",
  "/api/attributions",
  "/api/attributions?source=unnamed&outlet=Wire%20One",
  "/api/events",
  "/api/events?from=2024-02-01&to=2024-02-28",
  "/api/positions",
  "/api/figures",
  "/api/articles?q=president",
];

async function buildStore(dir: string): Promise<void> {
  const texts: string[] = [];
  for (const split of ["train", "dev"]) {
    const folder = join(shared, "corpora/polnear/text", split);
    for (const f of readdirSync(folder).sort()) texts.push(readFileSync(join(folder, f), "utf8"));
  }
  const input = join(dir, "articles.jsonl");
  const lines = Array.from({ length: wanted }, (_, i) =>
    JSON.stringify({
      text: `${texts[i % texts.length]}\n\nThis version was filed as dispatch number ${i}.`,
      outlet: OUTLETS[i % OUTLETS.length],
      published: `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      url: `https://example.org/a/${i}`,
    }),
  );
  writeFileSync(input, `${lines.join("\n")}\n`);
  const store = await openStore({ dir: join(dir, "store") });
  const pool = createPool(2);
  const started = performance.now();
  const summary = await ingestPaths(store, [input], { analyzer: pool });
  await pool.close();
  await store.db.updateTable("articles").set({ duplicate_of: null, similarity: null }).execute();
  await store.close();
  console.log(
    `built a store of ${summary.added} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

function startServer(dbDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, "../bin/parley.js"), "serve", "--db", dbDir, "--port", "0"],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  return new Promise((resolve, reject) => {
    let log = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const match = log.match(/on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (match) resolve({ child, url: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`parley serve exited (${code}): ${log}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(
  url: string,
): Promise<{ p50: number; p95: number; p99: number; rps: number; errors: number }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status === 200) latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.non2xx + result.errors,
  };
}

const reuse = option("--store");
const work = reuse ?? mkdtempSync(join(tmpdir(), "parley-api-bench-"));
if (!reuse || !existsSync(join(work, "store"))) await buildStore(work);
const { child, url } = await startServer(join(work, "store"));
try {
  const info = await (await fetch(`${url}/api/articles?limit=1`)).json();
  console.log(
    `store: ${info.total} articles; ${connections} connections, ${seconds} s per endpoint; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  // Whole-store views first: computed once per store generation (the corpus view, warmed at start,
  // blocks the server while it is built), so the list endpoints below are measured on a settled server.
  for (const path of ["/api/overview", "/api/timeline", "/api/claims", "/api/matrix", "/api/graph"]) {
    const started = performance.now();
    await (await fetch(`${url}${path}`)).arrayBuffer();
    console.log(`  first request ${path}: ${(performance.now() - started).toFixed(0)} ms`);
  }
  let worst = 0;
  for (const path of ENDPOINTS) {
    // One request first: memoised totals and entity groups are built once per store generation.
    await (await fetch(`${url}${path}`)).arrayBuffer();
    const r = await measure(`${url}${path}`);
    worst = Math.max(worst, r.p95);
    console.log(
      `  ${path.padEnd(64)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ${r.rps.toFixed(0)} req/s${r.errors ? `  ${r.errors} errors` : ""}`,
    );
  }
  console.log(`worst p95 of the list endpoints: ${worst.toFixed(1)} ms (target < 50 ms)`);
} finally {
  child.kill();
  if (!reuse) rmSync(work, { recursive: true, force: true });
}
