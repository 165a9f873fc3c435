// One article as it comes out of an input file, before analysis: its text (the exact text that is
// stored and analysed; offsets in the record point into it) and what the input says about it.
export interface SourceItem {
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** ISO 8601 when known. */
  published: string | null;
  file: string;
  /** 1-based line of the item in its file (JSONL lines, feed items), else null. */
  line: number | null;
  format: "text" | "html" | "feed" | "jsonl";
}

export interface SourceProblem {
  file: string;
  line: number | null;
  problem: string;
}

/** The text that is stored and analysed: the title as its own first paragraph, then the body. */
export function composeText(title: string | null, body: string): string {
  const trimmed = body.trim();
  if (!title || trimmed.startsWith(title.trim())) return trimmed;
  return `${title.trim()}\n\n${trimmed}`;
}

/** A date as ISO 8601, or null when it does not parse. */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== "string" || !value.trim()) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
