// Dates stage: article metadata (publication date from the text when no sidecar or flag gave it)
// and the date expressions of the text, each resolved against the publication date when known.
// Weekdays, periods and the common calendar shapes are read here; chrono-node, whose regular
// expressions cost milliseconds a call once the garbage collector has dropped their compiled code,
// only sees small windows around a cue our readers could not read.
import * as chrono from "chrono-node";
import { emptyMeta } from "../../ingest/meta.ts";
import type { Analysis, ArticleMeta, DateMention } from "../../layers.ts";
import { loadLexicon } from "../../lexicon/load.ts";
import { WordSet } from "../../text/vocabulary.ts";
import type { Sentence, Token } from "../../types.ts";
import { PhraseSet } from "../events/words.ts";
import { readCalendar } from "./calendar.ts";
import { type Lean, referenceDate, resolveParsed, resolvePeriod } from "./resolve.ts";
import { isWeekdayOrDayWord, nextDayName, readWeekday } from "./weekdays.ts";

interface DateData {
  cues: string[];
  weak_cues: string[];
  weak_cue_modifiers: string[];
  capitalised_only: string[];
  rejected_texts: string[];
  past_lean: string[];
  future_lean: string[];
  prefixes: string[];
  periods: { id: string; phrase: string; unit: string; offset: number; lean: Lean }[];
  published_prefixes: string[];
  future_verbs: string[];
}

let compiled: ReturnType<typeof compile> | null = null;

function compile() {
  const d = loadLexicon<DateData>("dates");
  const periods = new Map(d.periods.map((p) => [p.phrase, p]));
  return {
    cues: new WordSet(d.cues),
    anyCue: new WordSet([...d.cues, ...d.weak_cues]),
    weakCues: new WordSet(d.weak_cues),
    weakModifiers: new WordSet(d.weak_cue_modifiers),
    capitalisedOnly: new Set(d.capitalised_only),
    rejected: new Set(d.rejected_texts),
    past: new WordSet(d.past_lean),
    future: new WordSet(d.future_lean),
    prefixes: new WordSet(d.prefixes),
    futureVerbs: new WordSet(d.future_verbs),
    periods,
    periodPhrases: new PhraseSet([...periods.keys()]),
    publishedLine: new RegExp(`^(?:${d.published_prefixes.join("|")})\\b[:\\s]*`, "i"),
  };
}

function data() {
  compiled ??= compile();
  return compiled;
}

export function extractDates(analysis: Analysis): void {
  analysis.meta = withTextMeta(analysis, analysis.meta ?? emptyMeta());
  const ref = referenceDate(analysis.meta.published);
  const dates: DateMention[] = [];
  const { tokens, sentences } = analysis.model;
  for (const sentence of sentences) {
    if (!hasCue(tokens, sentence)) continue;
    const scope: Scope = { text: analysis.model.text, tokens, sentence, ref };
    const own = [...findPeriods(scope), ...findWeekdays(scope)];
    own.push(...findCalendarDates(scope, own));
    dates.push(...own, ...parseSentence(scope, own));
  }
  analysis.dates = dates.sort((a, b) => a.start - b.start);
}

/** One sentence being read, with the publication date (null when unknown). */
interface Scope {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  ref: Date | null;
}

/** The publication date from a "Published …" line when nothing else gave one. */
function withTextMeta(analysis: Analysis, meta: ArticleMeta): ArticleMeta {
  if (meta.published) return meta;
  const { document } = analysis;
  const lines = [...document.boilerplate, ...document.paragraphs.slice(0, 3)];
  for (const line of lines) {
    // "Published: March 12, 2025", or a date line of its own at the top of the page
    const bare = "rule" in line && line.rule === "bp.date_line";
    const m = bare ? null : data().publishedLine.exec(line.text);
    if (!m && !bare) continue;
    const found = chrono.parse(line.text.slice(m ? m[0].length : 0))[0];
    if (found?.start.isCertain("year") && found.start.isCertain("day")) {
      const published = found.start.date().toISOString().slice(0, 10);
      return { ...meta, published, origin: { ...meta.origin, published: "text" } };
    }
  }
  return meta;
}

function hasCue(tokens: readonly Token[], sentence: Sentence): boolean {
  for (const i of cueTokens(tokens, sentence)) if (isCue(tokens, i, sentence)) return true;
  return false;
}

/** The sentence's tokens that are cues or weak cues, in order. */
function* cueTokens(tokens: readonly Token[], sentence: Sentence): Generator<number> {
  const { anyCue } = data();
  const end = sentence.tokenEnd;
  for (let i = anyCue.nextIn(tokens, sentence.tokenStart, end); i >= 0; i = anyCue.nextIn(tokens, i + 1, end))
    yield i;
}

/** A calendar word, or "week"/"day" next to "last", "this", "ago"… */
function isCue(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const { cues, weakCues, weakModifiers } = data();
  if (cues.at(tokens, i)) return true;
  if (!weakCues.at(tokens, i)) return false;
  return (
    (i > sentence.tokenStart && weakModifiers.at(tokens, i - 1)) ||
    (i + 1 < sentence.tokenEnd && weakModifiers.at(tokens, i + 1))
  );
}

function findPeriods({ text, tokens, sentence, ref }: Scope): DateMention[] {
  const { periodPhrases, periods } = data();
  const found: DateMention[] = [];
  const last = sentence.tokenEnd;
  for (
    let i = periodPhrases.nextStart(tokens, sentence.tokenStart, last);
    i >= 0;
    i = periodPhrases.nextStart(tokens, i + 1, last)
  ) {
    const n = periodPhrases.matchAt(tokens, i, last);
    if (!n) continue;
    const phrase = tokens
      .slice(i, i + n)
      .map((t) => t.norm)
      .join(" ");
    const period = periods.get(phrase);
    if (!period) continue;
    const start = tokens[i].start;
    const end = tokens[i + n - 1].end;
    const { resolved, certainty } = resolvePeriod(period.unit, period.offset, ref);
    found.push({
      start,
      end,
      text: text.slice(start, end),
      resolved,
      certainty,
      lean: period.lean,
      rule: period.id,
    });
    i += n - 1;
  }
  return found;
}

function findWeekdays({ text, tokens, sentence, ref }: Scope): DateMention[] {
  const found: DateMention[] = [];
  const lean = (start: number, end: number) => leanOf(tokens, sentence, start, end);
  const end = sentence.tokenEnd;
  for (let i = nextDayName(tokens, sentence.tokenStart, end); i >= 0; i = nextDayName(tokens, i + 1, end)) {
    const read = readWeekday(text, tokens, sentence, i, ref, lean);
    if (!read) continue;
    found.push(read.mention);
    i = read.end - 1;
  }
  return found;
}

/** Month dates and "… ago" at the tokens chrono would be asked about, when they have a shape we read. */
function findCalendarDates(
  { text, tokens, sentence, ref }: Scope,
  taken: readonly DateMention[],
): DateMention[] {
  const found: DateMention[] = [];
  const lean = (start: number, end: number) => leanOf(tokens, sentence, start, end);
  let after = sentence.tokenStart;
  for (const i of cueTokens(tokens, sentence)) {
    if (i < after || !needsChrono(tokens, i, sentence) || within(taken, tokens[i].start)) continue;
    const read = readCalendar({ tokens, sentence, ref, leanOf: lean }, i);
    if (!read) continue;
    const start = withPrefix(tokens, sentence, read.mention.start);
    const { end } = read.mention;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const { resolved, certainty, lean: leaning, rule } = read.mention;
    found.push({ start, end, text: text.slice(start, end), resolved, certainty, lean: leaning, rule });
    after = read.end;
  }
  return found;
}

const within = (mentions: readonly DateMention[], offset: number) =>
  mentions.some((m) => m.start <= offset && offset < m.end);

/** chrono parses small windows around the cue tokens only: its cost grows with the text's length. */
function parseSentence({ text, tokens, sentence, ref }: Scope, taken: readonly DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  for (const [from, to] of cueWindows(tokens, sentence, taken)) {
    const offset = tokens[from].start;
    for (const r of chrono.parse(text.slice(offset, tokens[to - 1].end), ref ?? undefined)) {
      let start = offset + r.index;
      const end = start + r.text.length;
      if (taken.some((t) => t.start < end && start < t.end) || !plausible(r.text)) continue;
      start = withPrefix(tokens, sentence, start);
      const lean = leanOf(tokens, sentence, start, end);
      const { resolved, certainty } = resolveParsed(r, ref, lean ?? "past");
      found.push({ start, end, text: text.slice(start, end), resolved, certainty, lean, rule: ruleOf(r) });
    }
  }
  return found;
}

const WINDOW = 6;

/** Token windows of ±6 around the cues chrono is needed for: a month name next to a number
 * ("October 7", "12 March 2019") and "two days ago"; periods and weekdays are resolved here. */
function cueWindows(
  tokens: readonly Token[],
  sentence: Sentence,
  taken: readonly DateMention[],
): [number, number][] {
  const windows: [number, number][] = [];
  for (const i of cueTokens(tokens, sentence)) {
    if (!needsChrono(tokens, i, sentence) || within(taken, tokens[i].start)) continue;
    const from = Math.max(sentence.tokenStart, i - WINDOW);
    const to = Math.min(sentence.tokenEnd, i + WINDOW + 1);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

/** "7", "seven", and "7th", which is not always tagged a number. */
const isNumber = (t: Token | undefined) => t !== undefined && (t.pos === "NUM" || /^\d/.test(t.norm));

function needsChrono(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i];
  const { cues, weakCues, capitalisedOnly } = data();
  const prev = i > sentence.tokenStart ? tokens[i - 1] : undefined;
  const next = i + 1 < sentence.tokenEnd ? tokens[i + 1] : undefined;
  if (weakCues.at(tokens, i)) return next?.norm === "ago";
  if (!cues.at(tokens, i) || isWeekdayOrDayWord(t.norm)) return false;
  // "no one may", "a 2014 march": the verb or noun, not the month.
  if (capitalisedOnly.has(t.norm) && t.text[0] === t.norm[0]) return false;
  return isNumber(prev) || isNumber(next);
}

/** chrono reads "may" and "now" as dates; keep results that name a day, a period or a month. */
function plausible(found: string): boolean {
  const { rejected, cues, weakCues, capitalisedOnly } = data();
  const lower = found.toLowerCase().trim();
  if (rejected.has(lower)) return false;
  const words = found.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((w) => {
    const n = w.toLowerCase();
    if (capitalisedOnly.has(n)) return w[0] !== n[0];
    return cues.has(n) || weakCues.has(n) || /^\d{4}$/.test(w);
  });
}

/** Includes "earlier", "since", "until" just before the expression in its span. */
function withPrefix(tokens: readonly Token[], sentence: Sentence, start: number): number {
  const { prefixes } = data();
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    if (tokens[i].start !== start) continue;
    if (prefixes.at(tokens, i - 1)) return tokens[i - 1].start;
    break;
  }
  return start;
}

/** Which way the expression leans: its own words first, then a future verb before it. */
function leanOf(tokens: readonly Token[], sentence: Sentence, start: number, end: number): Lean | null {
  const { past, future } = data();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i];
    if (t.end <= start - 12 || t.start >= end) continue;
    if (future.at(tokens, i)) return "future";
    if (past.at(tokens, i)) return "past";
  }
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && tokens[i].start < start; i++) {
    if (data().futureVerbs.at(tokens, i)) return "future";
  }
  return null;
}

function ruleOf(r: chrono.ParsedResult): string {
  if (r.start.isCertain("year") && r.start.isCertain("day")) return "date.chrono.absolute";
  if (r.start.isCertain("weekday") && !r.start.isCertain("day")) return "date.chrono.weekday";
  if (r.start.isCertain("day") && r.start.isCertain("month")) return "date.chrono.day_month";
  return "date.chrono.relative";
}
