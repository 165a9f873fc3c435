// Expanding the command line's files and folders into articles of any input format: plain text,
// HTML pages, RSS/Atom feeds and JSONL. Files are read one at a time, lazily, so a large folder
// never sits in memory whole; each bad file or line becomes a problem and the rest goes on.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { readFeed } from "./feed.ts";
import { extractHtml } from "./html.ts";
import type { SourceItem, SourceProblem } from "./item.ts";
import { readJsonl } from "./jsonl.ts";
import { decodeArticle, InputError, readArticle } from "./read.ts";

const FORMATS: Record<string, SourceItem["format"]> = {
  ".txt": "text",
  ".md": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export type SourceEntry = { item: SourceItem } | { problem: SourceProblem };

export function* readSources(paths: string[]): Generator<SourceEntry> {
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      yield { problem: { file: path, line: null, problem: "does not exist or cannot be read" } };
      continue;
    }
    const files = isDir ? walk(path) : [path];
    if (isDir && files.length === 0) {
      yield {
        problem: {
          file: path,
          line: null,
          problem: "is a folder with no articles (txt, md, html, xml, rss, atom, jsonl)",
        },
      };
    }
    for (const file of files) yield* readFile(file);
  }
}

function* readFile(file: string): Generator<SourceEntry> {
  const format = FORMATS[extname(file).toLowerCase()] ?? "text";
  try {
    if (format === "text") {
      yield {
        item: {
          text: readArticle(file),
          title: null,
          url: null,
          outlet: null,
          published: null,
          file,
          line: null,
          format,
        },
      };
      return;
    }
    const content = decodeArticle(file, readFileSync(file));
    if (format === "html") {
      yield { item: { ...extractHtml(file, content), file, line: null, format } };
      return;
    }
    const { items, problems } = format === "feed" ? readFeed(file, content) : readJsonl(file, content);
    for (const problem of problems) yield { problem };
    for (const item of items) yield { item };
  } catch (error) {
    const problem =
      error instanceof InputError
        ? error.message.slice(file.length + 2)
        : `cannot be read (${(error as Error).message})`;
    yield { problem: { file, line: null, problem } };
  }
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (extname(entry.name).toLowerCase() in FORMATS) files.push(full);
  }
  return files;
}
