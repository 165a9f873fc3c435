// Segmenting an article into title, body paragraphs and boilerplate. A title is the first line when
// a blank line follows it; paragraphs are split on blank lines or single newlines; Markdown-ish
// subheads (### …) are body headings; boilerplate lines are listed with the rule that removed them.
import type { Span } from "../types.ts";
import { classifyBoilerplate } from "./boilerplate.ts";

export interface BoilerplateSegment extends Span {
  kind: string;
  rule: string;
}

export interface SegmentedDocument {
  text: string;
  title: Span | null;
  byline: Span | null;
  dateline: Span | null;
  /** Body paragraphs in text order (the title is not among them). */
  paragraphs: Span[];
  boilerplate: BoilerplateSegment[];
}

interface Line extends Span {
  /** True when a blank line (or the end of the text) follows. */
  blankAfter: boolean;
}

export function segmentDocument(text: string): SegmentedDocument {
  const lines = splitLines(text);
  const result: SegmentedDocument = {
    text,
    title: null,
    byline: null,
    dateline: null,
    paragraphs: [],
    boilerplate: [],
  };
  let first = 0;
  if (lines.length > 1 && lines[0].blankAfter && isTitleLike(lines[0].text)) {
    result.title = stripHeadingMarks(lines[0]);
    first = 1;
  }
  for (let i = first; i < lines.length; i++) {
    const line = stripHeadingMarks(lines[i]);
    const verdict = classifyBoilerplate(line.text, { index: i - first, total: lines.length - first });
    if (verdict) {
      result.boilerplate.push({ ...line, kind: verdict.kind, rule: verdict.rule });
      if (verdict.kind === "byline" && !result.byline) result.byline = line;
      if (verdict.kind === "dateline" && !result.dateline) result.dateline = line;
    } else result.paragraphs.push(line);
  }
  result.dateline ??= inlineDateline(result.paragraphs[0]);
  return result;
}

// "GAZA CITY (Reuters) — …", "KYIV, Ukraine — …", "RIYADH/ADEN (Reuters) - …", "JEDDAH, May 14
// (Reuters) - …": the place(s), a date and the agency if any, before a dash.
const INLINE_DATELINE =
  /^\p{Lu}[\p{Lu} .'’/-]{1,30}(, [\p{Lu}][\p{L}.]+( [\p{Lu}\d][\p{L}\d.]*)?)?( \([^()]{2,30}\))? ?[—–-]{1,2} /u;

/** A dateline at the start of the first paragraph stays in the body and goes to the metadata. */
function inlineDateline(first: Span | undefined): Span | null {
  const m = first ? INLINE_DATELINE.exec(first.text) : null;
  if (!first || !m) return null;
  const text = m[0].replace(/[\s—–-]+$/u, "");
  return { start: first.start, end: first.start + text.length, text };
}

const MAX_TITLE_WORDS = 30;

/** A headline is short; a first line of 30+ words followed by a blank line is a body paragraph. */
function isTitleLike(line: string): boolean {
  return (line.match(/\S+/g)?.length ?? 0) <= MAX_TITLE_WORDS;
}

/** Non-empty lines, trimmed of surrounding whitespace (CR included), with their offsets. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[\s\uFEFF]+/, "").length;
    const trimmed = raw
      .trim()
      .replace(/^\uFEFF/, "")
      .trim();
    if (!trimmed) {
      if (lines.length) lines[lines.length - 1].blankAfter = true;
      continue;
    }
    const start = m.index + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed, blankAfter: false });
    const next = m.index + raw.length;
    if (text.startsWith("\n\n", next) || text.startsWith("\n\r\n", next) || next >= text.length) {
      lines[lines.length - 1].blankAfter = true;
    }
  }
  return lines;
}

function stripHeadingMarks(line: Line): Line {
  const m = /^#{1,6}\s+/.exec(line.text);
  if (!m) return line;
  return { ...line, start: line.start + m[0].length, text: line.text.slice(m[0].length) };
}
