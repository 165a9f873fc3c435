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
    .option("--no-progress", "no progress bar")
    .action(async (paths: string[], options: IngestCliOptions) => {
      process.exitCode = await runIngest(paths, options);
    });
  program
    .command("report")
    .description("the negotiation record of the store: parties, timeline, positions, relayed claims, outlets")
    .option("--db <dir>", "folder of the embedded store (ignored when DATABASE_URL is set)")
    .option("--format <format>", "terminal, md or html", "terminal")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .option("--aliases <file>", 'alias file: {"merge": [[names…]], "split": [[names…]]}')
    .option("--limit <n>", "rows per section", "25")
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
          format: "ingest {bar} {value} articles | {added} added, {skipped} skipped, {failed} failed",
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
