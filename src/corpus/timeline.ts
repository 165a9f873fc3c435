// One timeline across articles. Events of the same type with the same actors are one event when
// their dates lie within MERGE_DAYS of the first report; an event's date is its own (resolved in
// the text) or else its article's publication date. Undated events are never merged, so coverage
// years apart can never collapse into one event.
import type { EventRowTable } from "../store/schema.ts";
import type { EntityIndex } from "./link.ts";
import { type Corpus, dayOf, daysBetween } from "./load.ts";

export const MERGE_DAYS = 3;
/** Reports of one event come out within weeks: articles further apart than this are never merged,
 * even when both date the event alike (a retrospective is not the same report). */
export const ARTICLE_GAP_DAYS = 30;

export interface TimelineEvent {
  id: string;
  type: string;
  date: string | null;
  statuses: string[];
  actors: string[];
  place: string | null;
  sources: {
    article: number;
    outlet: string | null;
    published: string | null;
    status: string | null;
    evidence: string;
  }[];
}

export function buildTimeline(corpus: Corpus, index: EntityIndex): TimelineEvent[] {
  const groups = new Map<
    string,
    { date: string | null; published: string | null; row: EventRowTable; actors: string[] }[]
  >();
  for (const row of corpus.events) {
    const article = corpus.articles.get(row.article_id);
    if (!article) continue;
    const actors = (JSON.parse(row.actors) as string[])
      .map((a) => index.resolve(row.article_id, a)?.name ?? a)
      .sort();
    const date = dayOf(row.date) ?? dayOf(article.published);
    const key = `${row.type}|${actors.join("|")}`;
    const list = groups.get(key) ?? [];
    list.push({ date, published: dayOf(article.published), row, actors });
    groups.set(key, list);
  }
  const events: TimelineEvent[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
    let current: TimelineEvent | null = null;
    let firstPublished: string | null = null;
    for (const { date, published, row, actors } of list) {
      const sameDays = current?.date && date && daysBetween(current.date, date) <= MERGE_DAYS;
      const nearReports =
        !firstPublished || !published || daysBetween(firstPublished, published) <= ARTICLE_GAP_DAYS;
      if (!current || !sameDays || !nearReports) {
        current = { id: "", type: row.type, date, statuses: [], actors, place: null, sources: [] };
        firstPublished = published;
        events.push(current);
      }
      const article = corpus.articles.get(row.article_id);
      if (row.status && !current.statuses.includes(row.status)) current.statuses.push(row.status);
      current.place ??= row.place ? (index.resolve(row.article_id, row.place)?.name ?? row.place) : null;
      current.sources.push({
        article: row.article_id,
        outlet: article?.outlet ?? null,
        published: article?.published ?? null,
        status: row.status,
        evidence: row.evidence,
      });
    }
  }
  events.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.type.localeCompare(b.type));
  events.forEach((e, i) => {
    e.id = `event-${i + 1}`;
  });
  return events;
}
