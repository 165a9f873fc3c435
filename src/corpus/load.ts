// Loading the corpus from the store: the current version of every article with its derived rows.
// Superseded versions stay in the store but are not part of the corpus view.
import type { Store } from "../store/open.ts";
import type {
  ClaimRowTable,
  EntityRowTable,
  EventRowTable,
  FigureRowTable,
  PositionRowTable,
} from "../store/schema.ts";

export interface CorpusArticle {
  id: number;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  duplicateOf: number | null;
  framing: string | null;
}

/** The claim fields the corpus layer reads (the rest stay in the store). */
export type CorpusClaim = Pick<
  ClaimRowTable,
  "article_id" | "source_entity" | "source_text" | "content" | "via"
>;

export interface Corpus {
  articles: Map<number, CorpusArticle>;
  entities: EntityRowTable[];
  claims: CorpusClaim[];
  events: EventRowTable[];
  positions: PositionRowTable[];
  figures: FigureRowTable[];
}

export async function loadCorpus(store: Store): Promise<Corpus> {
  const { db } = store;
  const current = db.selectFrom("articles").select("id").where("is_current", "=", 1);
  const rows = await db
    .selectFrom("articles")
    .select(["id", "title", "url", "outlet", "published", "duplicate_of", "framing"])
    .where("is_current", "=", 1)
    .orderBy("id")
    .execute();
  const articles = new Map<number, CorpusArticle>();
  for (const r of rows) {
    articles.set(r.id, {
      id: r.id,
      title: r.title,
      url: r.url,
      outlet: r.outlet,
      published: r.published,
      duplicateOf: r.duplicate_of,
      framing: r.framing,
    });
  }
  const [entities, claims, events, positions, figures] = await Promise.all([
    db.selectFrom("entity_rows").selectAll().where("article_id", "in", current).execute(),
    db
      .selectFrom("claim_rows")
      .select(["article_id", "source_entity", "source_text", "content", "via"])
      .where("article_id", "in", current)
      .execute(),
    db.selectFrom("event_rows").selectAll().where("article_id", "in", current).execute(),
    db.selectFrom("position_rows").selectAll().where("article_id", "in", current).execute(),
    db.selectFrom("figure_rows").selectAll().where("article_id", "in", current).execute(),
  ]);
  return { articles, entities, claims, events, positions, figures };
}

/** An article's date as YYYY-MM-DD, or null. */
export function dayOf(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
