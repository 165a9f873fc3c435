// Expanding the command line's files and folders into article files.
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".text"]);

export interface Expansion {
  files: string[];
  problems: { file: string; problem: string }[];
}

export function expandInputs(paths: string[]): Expansion {
  const out: Expansion = { files: [], problems: [] };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      out.problems.push({ file: path, problem: "does not exist or cannot be read" });
      continue;
    }
    if (!isDir) {
      out.files.push(path);
      continue;
    }
    const found = walk(path);
    if (found.length === 0)
      out.problems.push({ file: path, problem: "is a folder with no articles (*.txt, *.md)" });
    out.files.push(...found);
  }
  return out;
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !entry.name.startsWith("."))
      files.push(full);
  }
  return files;
}
