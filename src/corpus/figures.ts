// Figures that disagree: the same count (what is counted, in which unit) reported with different
// values within one week, shown side by side with their sources and dates.
import type { EntityIndex } from "./link.ts";
import { type Corpus, dayOf, daysBetween } from "./load.ts";

const WINDOW_DAYS = 7;
/** Values within 2% of each other are the same figure rounded. */
const TOLERANCE = 0.02;

export interface FigureReport {
  value: number;
  qualifier: string | null;
  source: string | null;
  article: number;
  outlet: string | null;
  date: string | null;
  evidence: string;
}

export interface FigureConflict {
  what: string;
  unit: string;
  from: string | null;
  reports: FigureReport[];
}

export function figureConflicts(corpus: Corpus, index: EntityIndex): FigureConflict[] {
  const groups = new Map<string, FigureReport[]>();
  for (const f of corpus.figures) {
    const article = corpus.articles.get(f.article_id);
    if (!article || !f.what) continue;
    const key = `${f.what}|${f.unit ?? ""}`;
    const list = groups.get(key) ?? [];
    list.push({
      value: f.value,
      qualifier: f.qualifier,
      source: f.source ? (index.resolve(f.article_id, f.source)?.name ?? f.source) : null,
      article: f.article_id,
      outlet: article.outlet,
      date: dayOf(article.published),
      evidence: f.evidence,
    });
    groups.set(key, list);
  }
  const conflicts: FigureConflict[] = [];
  for (const [key, reports] of groups) {
    const [what, unit] = key.split("|");
    for (const window of windows(reports)) {
      const values = window.map((r) => r.value);
      const low = Math.min(...values);
      const high = Math.max(...values);
      const voices = new Set(window.map((r) => r.source ?? r.outlet ?? String(r.article)));
      if (high > low * (1 + TOLERANCE) && voices.size > 1)
        conflicts.push({ what, unit, from: window[0].date, reports: window });
    }
  }
  return conflicts.sort((a, b) => (a.from ?? "").localeCompare(b.from ?? "") || a.what.localeCompare(b.what));
}

/** Dated reports in runs of WINDOW_DAYS from each run's first; undated ones form one run apart. */
function windows(reports: FigureReport[]): FigureReport[][] {
  const dated = reports
    .filter((r) => r.date)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string));
  const runs: FigureReport[][] = [];
  for (const r of dated) {
    const run = runs[runs.length - 1];
    if (run && daysBetween(run[0].date as string, r.date as string) <= WINDOW_DAYS) run.push(r);
    else runs.push([r]);
  }
  const undated = reports.filter((r) => !r.date);
  if (undated.length) runs.push(undated);
  return runs;
}
