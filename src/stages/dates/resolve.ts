// Resolving date expressions against the publication date. chrono-node parses; these refiners
// decide the lean (news reports the past: "on Thursday" is the last Thursday, not the next one,
// unless "next"/"coming" or a future verb says otherwise) and the certainty of the result.
import type * as chrono from "chrono-node";
import type { DateMention } from "../../layers.ts";

export type Lean = NonNullable<DateMention["lean"]>;

const DAY = 86_400_000;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The publication date as a UTC noon Date, or null. */
export function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const time = Date.parse(published.length === 10 ? `${published}T12:00:00Z` : published);
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12));
}

export interface Resolution {
  resolved: string | null;
  certainty: DateMention["certainty"];
}

/** A chrono result resolved with the given lean against `ref` (null: no publication date). */
export function resolveParsed(result: chrono.ParsedResult, ref: Date | null, lean: Lean): Resolution {
  const start = result.start;
  const certain = (c: chrono.Component) => start.isCertain(c);
  if (certain("day") && certain("month") && certain("year")) {
    return { resolved: isoDay(componentsDate(start)), certainty: "exact" };
  }
  if (!ref) return { resolved: null, certainty: "unresolved" };
  if (certain("day") && certain("month")) {
    const date = yearByLean(start.get("month") ?? 1, start.get("day") ?? 1, ref, lean);
    return { resolved: isoDay(date), certainty: "inferred" };
  }
  if (certain("weekday") && !certain("day")) {
    return { resolved: isoDay(weekdayByLean(start.get("weekday") ?? 0, ref, lean)), certainty: "inferred" };
  }
  // today, yesterday, tomorrow, last week, this morning: chrono counted from the reference.
  return { resolved: isoDay(start.date()), certainty: "inferred" };
}

function componentsDate(start: chrono.ParsedComponents): Date {
  return new Date(Date.UTC(start.get("year") ?? 0, (start.get("month") ?? 1) - 1, start.get("day") ?? 1, 12));
}

/** "October 7" (month 1–12) without a year: the nearest such day before the reference (after it,
 * when leaning forward). */
export function yearByLean(monthNumber: number, day: number, ref: Date, lean: Lean): Date {
  const month = monthNumber - 1;
  let date = new Date(Date.UTC(ref.getUTCFullYear(), month, day, 12));
  if (lean !== "future" && date.getTime() > ref.getTime() + 7 * DAY)
    date = new Date(Date.UTC(ref.getUTCFullYear() - 1, month, day, 12));
  if (lean === "future" && date.getTime() < ref.getTime() - 7 * DAY)
    date = new Date(Date.UTC(ref.getUTCFullYear() + 1, month, day, 12));
  return date;
}

/** The weekday on or before the reference day (past lean) or on or after it (future lean). */
export function weekdayByLean(weekday: number, ref: Date, lean: Lean): Date {
  const today = ref.getUTCDay();
  const delta = lean === "future" ? (weekday - today + 7) % 7 || 7 : -((today - weekday + 7) % 7);
  return new Date(ref.getTime() + delta * DAY);
}

/** A period ("this month", "in the coming days") as its start, offset by whole units. */
export function resolvePeriod(unit: string, offset: number, ref: Date | null): Resolution {
  if (!ref) return { resolved: null, certainty: "unresolved" };
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth();
  if (unit === "year") return { resolved: String(y + offset), certainty: "vague" };
  if (unit === "month") {
    const d = new Date(Date.UTC(y, m + offset, 1, 12));
    return { resolved: d.toISOString().slice(0, 7), certainty: "vague" };
  }
  if (unit === "week") {
    const monday = new Date(ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY + offset * 7 * DAY);
    return { resolved: isoDay(monday), certainty: "vague" };
  }
  return { resolved: isoDay(new Date(ref.getTime() + offset * DAY)), certainty: "vague" };
}
