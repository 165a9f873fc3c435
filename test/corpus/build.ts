// Building small corpora by hand for the cross-article tests: articles with entities, claims,
// events, positions and figures, as the store would hold them.
import type { Corpus, CorpusArticle } from "../../src/corpus/load.ts";
import type {
  ClaimRowTable,
  EntityRowTable,
  EventRowTable,
  FigureRowTable,
  PositionRowTable,
} from "../../src/store/schema.ts";

export interface EntitySpec {
  id: string;
  name: string;
  type?: string;
  aliases?: string[];
  titles?: string[];
  /** Mention kinds; ["name"] unless given. */
  kinds?: string[];
}

export interface ArticleSpec {
  outlet?: string;
  published?: string;
  duplicateOf?: number;
  entities?: EntitySpec[];
  claims?: { source?: string; sourceText?: string; content: string }[];
  events?: { type: string; actors: string[]; date?: string }[];
  positions?: { party: string; issue: string; stance: string }[];
  figures?: { value: number; what: string; unit: string; source?: string }[];
}

export function corpusOf(specs: ArticleSpec[]): Corpus {
  const corpus: Corpus = {
    articles: new Map(),
    entities: [],
    claims: [],
    events: [],
    positions: [],
    figures: [],
  };
  specs.forEach((spec, i) => {
    const id = i + 1;
    const article: CorpusArticle = {
      id,
      title: null,
      url: null,
      outlet: spec.outlet ?? null,
      published: spec.published ?? null,
      duplicateOf: spec.duplicateOf ?? null,
      framing: null,
    };
    corpus.articles.set(id, article);
    for (const e of spec.entities ?? []) corpus.entities.push(entityRow(id, e));
    (spec.claims ?? []).forEach((c, k) => {
      corpus.claims.push(claimRow(id, k, c));
    });
    (spec.events ?? []).forEach((e, idx) => {
      corpus.events.push({
        article_id: id,
        idx,
        type: e.type,
        status: "occurred",
        actors: JSON.stringify(e.actors),
        recipients: "[]",
        place: null,
        plover: null,
        cameo: null,
        date: e.date ?? null,
        evidence: "",
      } satisfies EventRowTable);
    });
    (spec.positions ?? []).forEach((p, idx) => {
      corpus.positions.push({
        article_id: id,
        idx,
        ...p,
        according_to: null,
        evidence: "",
      } satisfies PositionRowTable);
    });
    (spec.figures ?? []).forEach((f, idx) => {
      corpus.figures.push({
        article_id: id,
        idx,
        value: f.value,
        unit: f.unit,
        what: f.what,
        qualifier: null,
        source: f.source ?? null,
        evidence: "",
      } satisfies FigureRowTable);
    });
  });
  return corpus;
}

function entityRow(articleId: number, e: EntitySpec): EntityRowTable {
  return {
    article_id: articleId,
    local_id: e.id,
    name: e.name,
    type: e.type ?? "person",
    subtype: null,
    aliases: JSON.stringify(e.aliases ?? []),
    titles: JSON.stringify(e.titles ?? []),
    mention_kinds: JSON.stringify(e.kinds ?? ["name"]),
    mention_count: 1,
  };
}

function claimRow(
  articleId: number,
  k: number,
  c: { source?: string; sourceText?: string; content: string },
): ClaimRowTable {
  return {
    article_id: articleId,
    local_id: `a${k}`,
    source_entity: c.source ?? null,
    source_text: c.sourceText ?? null,
    source_kind: c.source ? "named" : c.sourceText ? "unnamed" : null,
    anonymous: c.source ? 0 : 1,
    descriptor: null,
    affiliation: null,
    cue: "said",
    kind: "indirect",
    content: c.content,
    start: 0,
    end: c.content.length,
    via: "[]",
    nested: 0,
  };
}
