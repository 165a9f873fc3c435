// Our own parser for the commonest news dates — weekdays ("on Thursday", "Saturday morning",
// "midnight Thursday", "next Tuesday") and "today"/"yesterday"/"tomorrow" — so that chrono, which
// costs a tenth of a millisecond per call, only sees month names and "last week"-style phrases.
import type { DateMention } from "../../layers.ts";
import { loadLexicon } from "../../lexicon/load.ts";
import { WordSet } from "../../text/vocabulary.ts";
import type { Sentence, Token } from "../../types.ts";
import { isoDay, type Lean, weekdayByLean } from "./resolve.ts";

interface WeekdayData {
  weekdays: string[];
  day_words: Record<string, number>;
  times_of_day: string[];
  weekday_prefixes: string[];
}

let compiled: ReturnType<typeof compile> | null = null;

function compile() {
  const d = loadLexicon<WeekdayData>("dates");
  return {
    weekdays: new Map(d.weekdays.map((w, i) => [w, i])),
    dayNames: new WordSet([...d.weekdays, ...Object.keys(d.day_words)]),
    dayWords: new Map(Object.entries(d.day_words)),
    times: new WordSet(d.times_of_day),
    prefixes: new WordSet(d.weekday_prefixes),
  };
}

function data() {
  compiled ??= compile();
  return compiled;
}

/** The first weekday or day word ("today") in [from, to), or -1. */
export function nextDayName(tokens: readonly Token[], from: number, to: number): number {
  return data().dayNames.nextIn(tokens, from, to);
}

export function isWeekdayOrDayWord(norm: string): boolean {
  return data().weekdays.has(norm) || data().dayWords.has(norm);
}

/** The weekday or day-word expression around token `i`, resolved with `leanOf` when `ref` is known. */
export function readWeekday(
  text: string,
  tokens: readonly Token[],
  sentence: Sentence,
  i: number,
  ref: Date | null,
  leanOf: (start: number, end: number) => Lean | null,
): { mention: DateMention; end: number } | null {
  const { weekdays, dayNames, dayWords, times, prefixes } = data();
  if (!dayNames.at(tokens, i)) return null;
  const norm = tokens[i].norm;
  const weekday = weekdays.get(norm);
  const dayOffset = dayWords.get(norm);
  if (weekday === undefined && dayOffset === undefined) return null;
  if (weekday !== undefined && tokens[i].text[0] === norm[0]) return null; // "sunday" in lower case is rare in news; skip
  let first = i;
  while (first > sentence.tokenStart && (prefixes.at(tokens, first - 1) || times.at(tokens, first - 1)))
    first--;
  let last = i;
  if (last + 1 < sentence.tokenEnd && times.at(tokens, last + 1)) last++;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const lean =
    leanOf(start, end) ??
    (dayOffset !== undefined ? (dayOffset < 0 ? "past" : dayOffset > 0 ? "future" : "present") : null);
  const mention: DateMention = {
    start,
    end,
    text: text.slice(start, end),
    resolved: null,
    certainty: "unresolved",
    lean,
    rule: weekday !== undefined ? "date.weekday" : "date.day_word",
  };
  if (ref) {
    const date =
      weekday !== undefined
        ? weekdayByLean(weekday, ref, lean === "future" ? "future" : "past")
        : new Date(ref.getTime() + (dayOffset ?? 0) * 86_400_000);
    mention.resolved = isoDay(date);
    mention.certainty = "inferred";
  }
  return { mention, end: last + 1 };
}
