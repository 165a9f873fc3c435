// Outlet profiles: the framing measures of each outlet's articles added up, with how many of its
// articles are copies of another outlet's (wire copies).
import type { FramingMeasures } from "./digest.ts";
import type { Corpus } from "./load.ts";

export interface OutletProfile {
  outlet: string;
  articles: number;
  copies: number;
  attributions: number;
  unnamedShare: number | null;
  labelsPerArticle: number;
  scareQuotesPerArticle: number;
  evaluativePerArticle: number;
  /** Share of attributions by the side of their source. */
  voices: Record<string, number>;
  first: string | null;
  last: string | null;
}

export function outletProfiles(corpus: Corpus): OutletProfile[] {
  const profiles = new Map<
    string,
    OutletProfile & { unnamed: number; labels: number; scare: number; evaluative: number }
  >();
  for (const article of corpus.articles.values()) {
    const name = article.outlet ?? "(unknown outlet)";
    const p = profiles.get(name) ?? {
      outlet: name,
      articles: 0,
      copies: 0,
      attributions: 0,
      unnamedShare: null,
      labelsPerArticle: 0,
      scareQuotesPerArticle: 0,
      evaluativePerArticle: 0,
      voices: {},
      first: null,
      last: null,
      unnamed: 0,
      labels: 0,
      scare: 0,
      evaluative: 0,
    };
    p.articles++;
    if (article.duplicateOf !== null) p.copies++;
    const day = article.published?.slice(0, 10) ?? null;
    if (day && (!p.first || day < p.first)) p.first = day;
    if (day && (!p.last || day > p.last)) p.last = day;
    if (article.framing) {
      const f = JSON.parse(article.framing) as FramingMeasures;
      p.attributions += f.attributions;
      p.unnamed += f.unnamedSources;
      p.labels += f.labels;
      p.scare += f.scareQuotes;
      p.evaluative += f.evaluative;
      for (const [side, n] of Object.entries(f.voices)) p.voices[side] = (p.voices[side] ?? 0) + n;
    }
    profiles.set(name, p);
  }
  return [...profiles.values()]
    .map(({ unnamed, labels, scare, evaluative, ...p }) => ({
      ...p,
      unnamedShare: p.attributions ? unnamed / p.attributions : null,
      labelsPerArticle: labels / p.articles,
      scareQuotesPerArticle: scare / p.articles,
      evaluativePerArticle: evaluative / p.articles,
      voices: Object.fromEntries(
        Object.entries(p.voices).map(([side, n]) => [side, p.attributions ? n / p.attributions : 0]),
      ),
    }))
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}
