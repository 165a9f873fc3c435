// `parley ingest <paths>`: articles of any input format into the store (--db DIR, or DATABASE_URL).
// Also registers the other corpus commands; their modules (and the database drivers) are loaded
// only when one of them runs, so `parley analyze` starts as fast as before.
import type { Command } from "commander";
import type { SourceProblem } from "../ingest/item.ts";

export function registerCorpusCommands(program: Command): void {
  program
    .command("ingest")
    .description("store articles (text, HTML, RSS/Atom, JSONL, folders) with their analysis records")
    .argument("<paths...>", "files or folders")
    .option("--db <dir>", "folder of the embedded store (ignored when DATABASE_URL is set)")
    .option("--threads <n>", "analysis threads (default: one per core; 0 analyses on the main thread)")
    .option(
      "--queue",
      "add analysis jobs to the PostgreSQL queue for `parley worker` instead (needs DATABASE_URL)",
    )
    .option("--no-progress", "no progress bar")
    .action(async (paths: string[], options: IngestCliOptions) => {
      process.exitCode = options.queue ? await runEnqueue(paths) : await runIngest(paths, options);
    });
  program
    .command("worker")
    .description("take analysis jobs from the PostgreSQL queue (DATABASE_URL) and store the results")
    .option("--once", "drain the queue and exit")
    .option("--concurrency <n>", "jobs at a time in this process", "1")
    .option("--verbose", "print each article stored")
    .action(async (options: WorkerCliOptions) => {
      process.exitCode = await runWorkerCommand(options);
    });
  program
    .command("report")
    .description("the negotiation record of the store: parties, timeline, positions, relayed claims, outlets")
    .option("--db <dir>", "folder of the embedded store (ignored when DATABASE_URL is set)")
    .option("--format <format>", "terminal, md or html", "terminal")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .option("--aliases <file>", 'alias file: {"merge": [[names…]], "split": [[names…]]}')
    .option("--limit <n>", "rows per section", "25")
    .option("--no-cache", "recompute even when the store holds this report for its current state")
    .action(async (options) => {
      const { runReport } = await import("./report.ts");
      process.exitCode = await runReport(options);
    });
  program
    .command("export")
    .description(
      "export the store: jsonl (articles and records), csv (--table), plover (events), graphml (entities)",
    )
    .option("--db <dir>", "folder of the embedded store (ignored when DATABASE_URL is set)")
    .option("--format <format>", "jsonl, csv, plover or graphml", "jsonl")
    .option("--table <table>", "for csv: claims, entities, events, positions or figures", "claims")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .option("--aliases <file>", "alias file (see report)")
    .action(async (options) => {
      const { runExport } = await import("./export.ts");
      process.exitCode = await runExport(options);
    });
  program
    .command("query")
    .description("look up entities, claims or events across the store")
    .argument("<what>", "entities, claims or events")
    .option("--db <dir>", "folder of the embedded store (ignored when DATABASE_URL is set)")
    .option("--name <text>", "entities: name or alias containing this")
    .option("--type <type>", "entities: type or subtype; events: event type")
    .option("--text <words>", "claims: full-text search")
    .option("--source <text>", "claims: origin containing this")
    .option("--actor <text>", "events: an actor containing this")
    .option("--from <date>", "events: on or after YYYY-MM-DD")
    .option("--to <date>", "events: on or before YYYY-MM-DD")
    .option("--limit <n>", "at most this many", "50")
    .option("--json", "JSON instead of a table")
    .option("--aliases <file>", "alias file (see report)")
    .action(async (what: string, options) => {
      const { runQuery } = await import("./query.ts");
      process.exitCode = await runQuery(what, options);
    });
}

export interface IngestCliOptions {
  db?: string;
  progress: boolean;
  threads?: string;
  queue?: boolean;
}

function databaseUrl(): string | null {
  const url = process.env.DATABASE_URL;
  if (!url) console.error("parley: the queue lives in PostgreSQL: set DATABASE_URL");
  return url || null;
}

async function runEnqueue(paths: string[]): Promise<number> {
  const url = databaseUrl();
  if (!url) return 2;
  const { enqueuePaths } = await import("../worker/queue.ts");
  const summary = await enqueuePaths({ url, schema: process.env.PARLEY_PG_SCHEMA }, paths, (p) =>
    console.error(`parley: ${p.line === null ? p.file : `${p.file}:${p.line}`}: ${p.problem}`),
  );
  console.error(
    `parley: queued ${summary.queued} articles, ${summary.skipped} skipped (already stored), ${summary.problems.length} failed`,
  );
  return summary.problems.length ? 1 : 0;
}

interface WorkerCliOptions {
  once?: boolean;
  concurrency: string;
  verbose?: boolean;
}

async function runWorkerCommand(options: WorkerCliOptions): Promise<number> {
  const url = databaseUrl();
  if (!url) return 2;
  const { runWorker } = await import("../worker/queue.ts");
  let stored = 0;
  await runWorker({
    url,
    schema: process.env.PARLEY_PG_SCHEMA,
    once: options.once,
    concurrency: Number(options.concurrency),
    onStored: (item) => {
      stored++;
      if (options.verbose)
        console.error(
          `parley: worker ${process.pid} stored ${item.url ?? item.file}${item.line ? `:${item.line}` : ""}`,
        );
    },
  });
  console.error(`parley: worker ${process.pid} stored ${stored} articles`);
  return 0;
}

/** Returns the exit code: 0 when everything went in (or was already there), 1 when some input failed. */
export async function runIngest(paths: string[], options: IngestCliOptions): Promise<number> {
  const { SingleBar } = await import("cli-progress");
  const { ingestPaths } = await import("../store/ingest.ts");
  const { openStore, storeOptionsFromEnv } = await import("../store/open.ts");
  const { createPool, inlineAnalyzer } = await import("../worker/pool.ts");
  const store = await openStore(storeOptionsFromEnv(options.db));
  const threads = options.threads === undefined ? undefined : Number(options.threads);
  const analyzer = threads === 0 ? inlineAnalyzer : createPool(threads);
  const bar =
    options.progress && process.stderr.isTTY
      ? new SingleBar({
          format: "ingest: {value} articles so far | {added} added, {skipped} skipped, {failed} failed",
        })
      : null;
  bar?.start(0, 0, { added: 0, skipped: 0, failed: 0 });
  const report = (p: SourceProblem) => {
    const where = p.line === null ? p.file : `${p.file}:${p.line}`;
    if (bar) bar.stop();
    console.error(`parley: ${where}: ${p.problem}`);
  };
  try {
    const summary = await ingestPaths(store, paths, {
      analyzer,
      onProblem: report,
      onProgress: (s) => {
        const done = s.added + s.skipped + s.failed + s.rederived;
        bar?.setTotal(Math.max(done, bar.getTotal()));
        bar?.update(done, { added: s.added, skipped: s.skipped, failed: s.failed });
      },
    });
    bar?.stop();
    if (summary.added || summary.rederived) {
      const { warmReport } = await import("./report.ts");
      await warmReport(store);
    }
    const parts = [
      `${summary.added} added`,
      summary.versions ? `(${summary.versions} new versions)` : "",
      summary.duplicates ? `(${summary.duplicates} near-duplicates linked)` : "",
      `${summary.skipped} skipped (already stored)`,
      summary.rederived ? `${summary.rederived} re-derived` : "",
      `${summary.failed} failed`,
    ].filter(Boolean);
    console.error(`parley: ingest into ${store.location}: ${parts.join(", ")}`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await analyzer.close();
    await store.close();
  }
}
