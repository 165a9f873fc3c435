// Our own reading of the commonest calendar dates — "October 7", "7 October 2023",
// "March 3, 2024", "November 2022" — and of "two years ago". chrono, whose regular expressions
// cost far more than the rest of the stage, only sees the shapes these miss.
import type { DateMention } from "../../layers.ts";
import { loadLexicon } from "../../lexicon/load.ts";
import { WordSet } from "../../text/vocabulary.ts";
import type { Sentence, Token } from "../../types.ts";
import { PhraseIndex } from "../events/words.ts";
import { isoDay, type Lean, yearByLean } from "./resolve.ts";

interface CalendarData {
  months: Record<string, number>;
  ago_units: Record<string, string>;
  ago_counts: Record<string, number>;
}

let compiled: ReturnType<typeof compile> | null = null;

function compile() {
  const d = loadLexicon<CalendarData>("dates");
  return {
    months: new Map(Object.entries(d.months)),
    monthWords: new WordSet(Object.keys(d.months)),
    units: new Map(Object.entries(d.ago_units)),
    counts: new PhraseIndex(Object.entries(d.ago_counts)),
  };
}

function data() {
  compiled ??= compile();
  return compiled;
}

export interface CalendarRead {
  mention: Omit<DateMention, "text">;
  /** Exclusive end token. */
  end: number;
}

/** "7", "7th", and the first day of a range ("16-19"). */
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?(?:-\d{1,2})?$/;
const YEAR = /^(1\d|20|21)\d\d$/;

/** The sentence a date is read in, the publication date (null when unknown), and how to tell which
 * way an expression leans. */
export interface CalendarScope {
  tokens: readonly Token[];
  sentence: Sentence;
  ref: Date | null;
  leanOf: (start: number, end: number) => Lean | null;
}

/** The calendar date or "… ago" expression around cue token `i`, or null when chrono is needed. */
export function readCalendar(scope: CalendarScope, i: number): CalendarRead | null {
  return data().monthWords.at(scope.tokens, i) ? readMonthDate(scope, i) : readAgo(scope, i);
}

function readMonthDate({ tokens, sentence, ref, leanOf }: CalendarScope, i: number): CalendarRead | null {
  const month = data().months.get(tokens[i].norm) ?? 0;
  const within = (k: number) => k >= sentence.tokenStart && k < sentence.tokenEnd;
  const dayAt = (k: number) => (within(k) ? dayOf(tokens[k]) : 0);
  const yearAt = (k: number) => (within(k) && YEAR.test(tokens[k].norm) ? Number(tokens[k].norm) : 0);
  let first = i;
  let last = i;
  let day = dayAt(i + 1);
  if (day) last = i + 1;
  else {
    day = dayAt(i - 1);
    if (day) first = i - 1;
  }
  const yearToken = within(last + 1) && tokens[last + 1].norm === "," && day ? last + 2 : last + 1;
  let year = yearAt(yearToken);
  if (year) last = yearToken;
  else if (!day) {
    // "the 1963 March on Washington"
    year = yearAt(i - 1);
    if (year) first = i - 1;
  }
  if (!day && !year) return null;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const lean = leanOf(start, end);
  const span = { start, end, lean };
  if (!day) {
    const resolved = `${year}-${String(month).padStart(2, "0")}`;
    return { mention: { ...span, resolved, certainty: "vague", rule: "date.month_year" }, end: last + 1 };
  }
  if (year) {
    const resolved = isoDay(new Date(Date.UTC(year, month - 1, day, 12)));
    return { mention: { ...span, resolved, certainty: "exact", rule: "date.day_month_year" }, end: last + 1 };
  }
  const resolved = ref ? isoDay(yearByLean(month, day, ref, lean ?? "past")) : null;
  const certainty = ref ? "inferred" : "unresolved";
  return { mention: { ...span, resolved, certainty, rule: "date.day_month" }, end: last + 1 };
}

function dayOf(t: Token): number {
  const m = DAY.exec(t.norm);
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= 31 ? day : 0;
}

const HOUR = 3_600_000;

/** "two years ago", "a few weeks ago": a count, a unit (token `i`), "ago"; "years ago" counts nothing. */
function readAgo({ tokens, sentence, ref }: CalendarScope, i: number): CalendarRead | null {
  const { units } = data();
  const unit = units.get(tokens[i].norm);
  if (!unit || i + 1 >= sentence.tokenEnd || tokens[i + 1].norm !== "ago") return null;
  const count = countBefore(tokens, sentence, i);
  const start = tokens[count?.first ?? i].start;
  const end = tokens[i + 1].end;
  const span = { start, end, lean: "past" as const, rule: "date.ago" };
  if (!ref || !count) return { mention: { ...span, resolved: null, certainty: "unresolved" }, end: i + 2 };
  const back = new Date(ref);
  if (unit === "hour") back.setTime(ref.getTime() - count.value * HOUR);
  if (unit === "day") back.setUTCDate(ref.getUTCDate() - count.value);
  if (unit === "week") back.setUTCDate(ref.getUTCDate() - 7 * count.value);
  if (unit === "month") back.setUTCMonth(ref.getUTCMonth() - count.value);
  if (unit === "year") back.setUTCFullYear(ref.getUTCFullYear() - count.value);
  const iso = isoDay(back);
  const resolved = unit === "year" ? iso.slice(0, 4) : unit === "month" ? iso.slice(0, 7) : iso;
  const certainty = unit === "year" || unit === "month" ? "vague" : "inferred";
  return { mention: { ...span, resolved, certainty }, end: i + 2 };
}

/** The count ending just before token `unit`: digits, or a counting word ("a few", "several"). */
function countBefore(
  tokens: readonly Token[],
  sentence: Sentence,
  unit: number,
): { first: number; value: number } | null {
  const before = unit - 1;
  if (before < sentence.tokenStart) return null;
  if (/^\d+$/.test(tokens[before].norm)) return { first: before, value: Number(tokens[before].norm) };
  for (let first = Math.max(sentence.tokenStart, unit - 3); first < unit; first++) {
    const found = data().counts.match(tokens, first, unit);
    if (found && first + found.phrase.length === unit) return { first, value: found.value };
  }
  return null;
}
