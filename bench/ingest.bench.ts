// Benchmark of `parley ingest` into the embedded store: ≥ 10,000 articles (the PolNeAR texts repeated
// with small variations so every content hash differs), printing articles/s, peak memory and store
// size, the CPU per article split between the main thread, the analysis threads and the rest, then
// the time of `parley report` on that store.
//   npx tsx bench/ingest.bench.ts [--articles N] [--threads N] [--keep DIR]   (--keep: leave the store in DIR)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { warmReport } from "../src/cli/report.ts";
import { ingestPaths } from "../src/store/ingest.ts";
import { openStore } from "../src/store/open.ts";
import { threadCpuClock } from "../src/worker/cpu.ts";
import { createPool } from "../src/worker/pool.ts";
import type { ThreadUsage } from "../src/worker/thread.ts";

const shared = process.env.PARLEY_SHARED ?? join(import.meta.dirname, "../../shared");
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const wanted = arg("--articles", 10_000);
const threads = arg("--threads", 2);
const OUTLETS = ["Wire One", "Daily Ledger", "Evening Post", "Harbor Times", "Capital Radio"];

function polnearTexts(): string[] {
  const texts: string[] = [];
  for (const split of ["train", "dev"]) {
    const dir = join(shared, "corpora/polnear/text", split);
    for (const f of readdirSync(dir).sort()) texts.push(readFileSync(join(dir, f), "utf8"));
  }
  return texts;
}

/** One JSONL line per article: a base text with a numbered closing line, so each hash differs. */
function writeCorpus(file: string): number {
  const texts = polnearTexts();
  const lines: string[] = [];
  for (let i = 0; i < wanted; i++) {
    const text = `${texts[i % texts.length]}\n\nThis version was filed as dispatch number ${i}.`;
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(
      JSON.stringify({
        text,
        outlet: OUTLETS[i % OUTLETS.length],
        published: `2024-0${1 + (i % 9)}-${day}`,
        url: `https://example.org/a/${i}`,
      }),
    );
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
  return lines.length;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function folderSize(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

const keepAt = process.argv.indexOf("--keep");
const work = mkdtempSync(join(tmpdir(), "parley-bench-"));
const input = join(work, "articles.jsonl");
const dbDir = keepAt > 0 ? process.argv[keepAt + 1] : join(work, "store");
const count = writeCorpus(input);
const store = await openStore({ dir: dbDir });
const pool = createPool(threads, { measure: true });
// Asked first, so each thread answers as soon as it has started: its CPU then is its startup.
const atStartup = pool.usage();
const threadCpuMs = threadCpuClock() ?? (() => null);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
const started = performance.now();
const cpuStart = process.cpuUsage();
const mainStart = threadCpuMs();
const summary = await ingestPaths(store, [input], { analyzer: pool });
const ingestSeconds = (performance.now() - started) / 1000;
const mainIngest = threadCpuMs();
const ingestPeakRss = peakRss;
// As `parley ingest` does: the report of the new store state is computed once, at the end.
await warmReport(store);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const mainEnd = threadCpuMs();
const cpuMsPerArticle = (cpu.user + cpu.system) / 1000 / count;
const threadUsage = await pool.usage();
const mainHeap = process.memoryUsage();
clearInterval(sampler);
await pool.close();
await store.close();
console.log(
  `ingest: ${count} articles (${summary.added} added, ${summary.duplicates} near-duplicates linked, ${summary.failed} failed) in ${seconds.toFixed(1)} s with ${threads} analysis threads`,
);
console.log(
  `ingest: ${(count / seconds).toFixed(0)} articles/s (${(count / ingestSeconds).toFixed(0)} before the report is computed), peak RSS ${mb(peakRss)} MB (${mb(ingestPeakRss)} before the report), store ${mb(folderSize(dbDir))} MB`,
);
// CPU time counts all threads; on a busy machine it shows what two idle cores would give.
console.log(
  `ingest: ${cpuMsPerArticle.toFixed(2)} ms CPU per article (all threads), ${(2000 / cpuMsPerArticle).toFixed(0)} articles/s on 2 idle cores`,
);
console.log(cpuSplit(await atStartup, threadUsage));
console.log(
  `heap at the end (used/reserved MB): main ${mb(mainHeap.heapUsed)}/${mb(mainHeap.heapTotal)}, analysis threads ${threadUsage.map((u) => `${u.heapUsedMb.toFixed(0)}/${u.heapTotalMb.toFixed(0)}`).join(", ")}`,
);

/** CPU ms per article of the main thread, the analysis threads (by part) and the rest (Linux only). */
function cpuSplit(startup: ThreadUsage[], usage: ThreadUsage[]): string {
  const threads = usage.reduce((n, u) => n + (u.cpuMs ?? Number.NaN), 0);
  if (mainStart === null || mainIngest === null || mainEnd === null || Number.isNaN(threads))
    return "cpu: no per-thread CPU times on this system";
  const ms = (total: number) => (total / count).toFixed(2);
  const pipeline = usage.reduce((n, u) => n + u.pipelineMs, 0);
  const packaging = usage.reduce((n, u) => n + u.packagingMs, 0);
  const started = startup.reduce((n, u) => n + (u.cpuMs ?? 0), 0);
  const main = mainEnd - mainStart;
  return [
    `cpu per article: main thread ${ms(main)} ms (${ms(mainEnd - mainIngest)} of it the report)`,
    `analysis threads ${ms(threads)} ms: pipeline ${ms(pipeline)}, record/digest/MinHash ${ms(packaging)}, startup ${ms(started)}, between articles (messages, GC tasks) ${ms(threads - started - pipeline - packaging)}`,
    `other threads ${ms(cpuMsPerArticle * count - main - threads)} ms (V8 compiler and GC helpers, module loaders)`,
  ].join(" | ");
}

const timeReport = (extra: string[]) => {
  const at = performance.now();
  execFileSync(
    process.execPath,
    [join(import.meta.dirname, "../bin/parley.js"), "report", "--db", dbDir, ...extra],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  return ((performance.now() - at) / 1000).toFixed(2);
};
console.log(
  `report: ${timeReport([])} s on that store (${timeReport(["--no-cache"])} s recomputing the cross-article layer)`,
);
if (keepAt < 0) rmSync(work, { recursive: true, force: true });
