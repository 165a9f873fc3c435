// `parley analyze`: one analysis record per article into --out, or a readable summary.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { SingleBar } from "cli-progress";
import { articleMeta, type MetaFields } from "../ingest/meta.ts";
import { InputError, readArticle } from "../ingest/read.ts";
import { analyzeText } from "../pipeline.ts";
import { buildRecord } from "../record/build.ts";
import { expandInputs } from "./files.ts";
import { ploverLines } from "./plover.ts";
import { printSummary } from "./summary.ts";

export interface AnalyzeOptions {
  out?: string;
  progress?: boolean;
  format?: string;
  published?: string;
  outlet?: string;
  url?: string;
  author?: string;
}

const FORMATS = new Set(["summary", "json", "plover"]);

/** Returns the process exit code: 0 when every article was analysed, 1 when some failed. */
export function runAnalyze(paths: string[], options: AnalyzeOptions): number {
  const { files, problems } = expandInputs(paths);
  for (const p of problems) console.error(`parley: ${p.file}: ${p.problem}`);
  if (options.format && !FORMATS.has(options.format)) {
    console.error(`parley: unknown --format ${options.format} (summary, json or plover)`);
    return 2;
  }
  if (options.format === "plover") return writePlover(files, options, problems.length);
  if (!options.out) {
    if (files.length !== 1) {
      console.error("parley: without --out, give exactly one article file to summarise");
      return 2;
    }
    return summarise(files[0], options);
  }
  mkdirSync(options.out, { recursive: true });
  const bar = options.progress && process.stderr.isTTY && files.length > 1 ? new SingleBar({}) : null;
  bar?.start(files.length, 0);
  let failed = problems.length;
  for (const file of files) {
    try {
      const record = buildRecord(analyse(file, options));
      writeAtomically(
        join(options.out, `${basename(file, extname(file))}.json`),
        JSON.stringify(record, null, 1),
      );
    } catch (error) {
      failed++;
      bar?.stop();
      console.error(`parley: ${describe(file, error)}`);
    }
    bar?.increment();
  }
  bar?.stop();
  console.error(
    `parley: analysed ${files.length - (failed - problems.length)} of ${files.length} articles into ${options.out}`,
  );
  return failed > 0 ? 1 : 0;
}

/** Reads and analyses one article with its metadata (sidecar NAME.meta.json, then flags). */
function analyse(file: string, options: AnalyzeOptions) {
  const { published, outlet, url, author } = options;
  const flags = Object.fromEntries(
    Object.entries({ published, outlet, url, author }).filter(([, v]) => v !== undefined),
  ) as MetaFields;
  return analyzeText(readArticle(file), file, articleMeta(file, flags));
}

/** PLOVER JSONL: to NAME.plover.jsonl per article with --out, else to standard output. */
function writePlover(files: string[], options: AnalyzeOptions, problems: number): number {
  let failed = problems;
  if (options.out) mkdirSync(options.out, { recursive: true });
  for (const file of files) {
    try {
      const lines = ploverLines(analyse(file, options));
      const text = lines.map((l) => `${l}\n`).join("");
      if (options.out)
        writeAtomically(join(options.out, `${basename(file, extname(file))}.plover.jsonl`), text);
      else process.stdout.write(text);
    } catch (error) {
      failed++;
      console.error(`parley: ${describe(file, error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function summarise(file: string, options: AnalyzeOptions): number {
  try {
    printSummary(analyse(file, options));
    return 0;
  } catch (error) {
    console.error(`parley: ${describe(file, error)}`);
    return 1;
  }
}

function describe(file: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  return `${file}: analysis failed: ${(error as Error).message}`;
}

/** Writes through a temporary file so an interrupted run never leaves half a record. */
function writeAtomically(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
