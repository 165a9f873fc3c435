// Article metadata: publication date, outlet, URL and author, from a sidecar NAME.meta.json
// beside NAME.txt, from command-line flags, or from the text itself ("Published …" lines). None
// is required; flags win over the sidecar, and both over the text.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { ArticleMeta } from "../layers.ts";
import { InputError } from "./read.ts";

export type MetaFields = Partial<Record<"published" | "outlet" | "url" | "author", string>>;

const FIELDS = ["published", "outlet", "url", "author"] as const;

export function emptyMeta(): ArticleMeta {
  return { published: null, outlet: null, url: null, author: null, origin: {} };
}

/** The sidecar of `article.txt` is `article.meta.json` in the same folder. */
export function sidecarPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.meta.json`);
}

export function readSidecar(file: string): MetaFields {
  const path = sidecarPath(file);
  if (!existsSync(path)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError(path, `is not valid JSON (${(error as Error).message})`);
  }
  const fields: MetaFields = {};
  if (!raw || typeof raw !== "object") return fields;
  const record = raw as Record<string, unknown>;
  // Common spellings of the publication date in scraped metadata.
  const published = record.published ?? record.date ?? record.publishedAt ?? record.published_at;
  if (typeof published === "string") fields.published = published;
  for (const key of ["outlet", "url", "author"] as const) {
    if (typeof record[key] === "string") fields[key] = record[key] as string;
  }
  return fields;
}

/** Layers flags over the sidecar; a published value that is not a date is an input error. */
export function articleMeta(file: string | null, flags: MetaFields = {}): ArticleMeta {
  const meta = emptyMeta();
  const sidecar = file ? readSidecar(file) : {};
  for (const field of FIELDS) {
    const fromFlag = flags[field];
    const value = fromFlag ?? sidecar[field];
    if (value === undefined) continue;
    meta[field] = field === "published" ? isoDate(value, file ?? "--published") : value;
    meta.origin[field] = fromFlag !== undefined ? "flag" : "sidecar";
  }
  return meta;
}

function isoDate(value: string, where: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new InputError(where, `publication date "${value}" is not a date`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : new Date(time).toISOString();
}
