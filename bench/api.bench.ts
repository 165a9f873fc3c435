// API latency: p50/p95/p99 of the main list endpoints on a store of 10,000 articles, with autocannon
// as the load generator against `parley serve` (its own process) on loopback, and the server's CPU
// time per request (from /proc), which other work on the machine disturbs far less than latency.
//   npx tsx bench/api.bench.ts [--articles N] [--store DIR] [--connections N] [--seconds N]
// The store is built with the real ingest from the PolNeAR texts, each repeated with a numbered
// closing line; near-duplicate links are then cleared so all N articles count as distinct. --store
// DIR (an existing folder) keeps it there for the next run. With DATABASE_URL set, the store is the
// PostgreSQL schema PARLEY_PG_SCHEMA (default parley_api_bench), kept across runs.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { sql } from "kysely";
import { ingestPaths } from "../src/store/ingest.ts";
import { openStore, type Store, storeOptionsFromEnv } from "../src/store/open.ts";
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

async function buildStore(store: Store, dir: string): Promise<void> {
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
  const pool = createPool(2);
  const started = performance.now();
  const summary = await ingestPaths(store, [input], { analyzer: pool });
  await pool.close();
  await store.db.updateTable("articles").set({ duplicate_of: null, similarity: null }).execute();
  // PostgreSQL plans by table statistics, which autovacuum gathers only a while after a bulk load.
  if (store.dialect === "postgres")
    await sql`analyze articles, entity_rows, claim_rows, event_rows, position_rows, figure_rows`.execute(
      store.db,
    );
  console.log(
    `built a store of ${summary.added} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** Articles in the store and, for SQLite, the size of its files. */
async function describe(store: Store): Promise<string> {
  const row = await store.db
    .selectFrom("articles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const files = store.file ? [store.file, `${store.file}-wal`].filter(existsSync) : [];
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const where = store.file ? `SQLite, ${(bytes / 2 ** 20).toFixed(0)} MiB` : store.location;
  return `${Number(row.n)} articles (${where})`;
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

/** Linux's USER_HZ: /proc counts CPU time in ticks of 1/100 s. */
const CLOCK_TICKS = 100;

/** User + system CPU time of a process so far, in ms (Linux /proc; null elsewhere). */
function cpuMs(pid: number | undefined): number | null {
  const stat = pid && existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : null;
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function measure(url: string, server: ChildProcess) {
  const latencies: number[] = [];
  const cpuBefore = cpuMs(server.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status === 200) latencies.push(ms);
    });
  });
  const cpuAfter = cpuMs(server.pid);
  latencies.sort((a, b) => a - b);
  const requests = result.requests.total;
  return {
    cpuPerRequest:
      cpuBefore === null || cpuAfter === null || !requests ? null : (cpuAfter - cpuBefore) / requests,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.non2xx + result.errors,
  };
}

const reuse = option("--store");
const work = reuse ?? mkdtempSync(join(tmpdir(), "parley-api-bench-"));
if (process.env.DATABASE_URL) process.env.PARLEY_PG_SCHEMA ??= "parley_api_bench";
const store = await openStore(storeOptionsFromEnv(join(work, "store")));
if (!(await store.db.selectFrom("articles").select("id").limit(1).executeTakeFirst()))
  await buildStore(store, work);
const stored = await describe(store);
await store.close();
const { child, url } = await startServer(join(work, "store"));
try {
  console.log(
    `store: ${stored}; ${connections} connections, ${seconds} s per endpoint; load average ${loadavg()
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
    const r = await measure(`${url}${path}`, child);
    worst = Math.max(worst, r.p95);
    const cpu = r.cpuPerRequest === null ? "" : `  server CPU ${r.cpuPerRequest.toFixed(2)} ms/req`;
    console.log(
      `  ${path.padEnd(64)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ${r.rps.toFixed(0)} req/s${cpu}${r.errors ? `  ${r.errors} errors` : ""}`,
    );
  }
  console.log(`worst p95 of the list endpoints: ${worst.toFixed(1)} ms (target < 50 ms)`);
} finally {
  child.kill();
  if (!reuse) rmSync(work, { recursive: true, force: true });
}
