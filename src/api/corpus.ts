// Views over the issue-4 corpus layer (entity linking, claim clusters with provenance, position
// ledger, figure conflicts), shaped for the API. The corpus rows name items by text; `ItemRefs`
// finds each one's row again so every report links to its exact evidence in the reader.
import type { CorpusView } from "../corpus/view.ts";
import type { Store } from "../store/open.ts";
import type { Filters } from "./filters.ts";
import { type ArticleInfo, type Evidence, evidence, type Memo, type Paging } from "./queries.ts";

export interface ViewContext {
  store: Store;
  view: CorpusView;
  /** Memoises a value for the view's lifetime. */
  memo: Memo;
}

/** What the API asks of the corpus view. Each answer is plain data: it may come from another thread. */
export const VIEW_QUERIES = {
  sides: async ({ view }: ViewContext) => corpusSides(view),
  claims: async ({ store, view, memo }: ViewContext, { limit, offset, ...filters }: Filters & Paging) => {
    const all = await memo(`claims:${JSON.stringify(filters)}`, async () => corpusClaims(view, filters));
    const items = await withClaimDetails(store, view, all.slice(offset, offset + limit));
    return { total: all.length, limit, offset, items };
  },
  claim: async ({ store, view, memo }: ViewContext, key: string) => {
    const all = await memo("claims:{}", async () => corpusClaims(view, {}));
    const found = all.find((c) => c.key === key);
    return found ? (await withClaimDetails(store, view, [found]))[0] : null;
  },
  matrix: async ({ view }: ViewContext, filters: Filters) => corpusMatrix(view, filters),
  figureConflicts: async ({ view }: ViewContext, filters: Filters) => corpusFigureConflicts(view, filters),
  sharedEvents: async ({ view }: ViewContext, on: { outlets: [string, string]; type: string | null }) =>
    corpusSharedEvents(view, on.outlets, on.type),
};

export type ViewQueries = typeof VIEW_QUERIES;

/** Rows of the corpus found again by article and text, for their item references. */
class ItemRefs {
  readonly positions = new Map<string, number>();
  readonly figures = new Map<string, number>();
  readonly entities = new Map<string, string>();
  readonly events = new Map<string, number>();

  constructor(readonly view: CorpusView) {
    const { corpus, index } = view;
    for (const p of corpus.positions)
      this.positions.set(`${p.article_id}\u0000${p.issue}\u0000${p.stance}\u0000${p.evidence}`, p.idx);
    for (const e of corpus.events) this.events.set(`${e.article_id}\u0000${e.evidence}`, e.idx);
    for (const f of corpus.figures)
      this.figures.set(`${f.article_id}\u0000${f.value}\u0000${f.evidence}`, f.idx);
    for (const e of corpus.entities) {
      const entity = index.resolve(e.article_id, e.local_id);
      const key = entity ? `${entity.id}\u0000${e.article_id}` : null;
      if (key && !this.entities.has(key)) this.entities.set(key, e.local_id);
    }
  }

  article(id: number): ArticleInfo {
    const a = this.view.corpus.articles.get(id);
    return { id, title: a?.title ?? null, outlet: a?.outlet ?? null, published: a?.published ?? null };
  }

  evidence(articleId: number, item: string, text: string): Evidence {
    return evidence(this.article(articleId), item, text);
  }
}

const refsOf = new WeakMap<CorpusView, ItemRefs>();

function refs(view: CorpusView): ItemRefs {
  let found = refsOf.get(view);
  if (!found) {
    found = new ItemRefs(view);
    refsOf.set(view, found);
  }
  return found;
}

/** Whether an article (by its publication day and outlet) passes the date and outlet filters. */
function passes(filters: Filters, published: string | null, outlet: string | null): boolean {
  const day = published?.slice(0, 10) ?? null;
  if (filters.from && (!day || day < filters.from)) return false;
  if (filters.to && (!day || day > filters.to)) return false;
  if (filters.outlet && outlet?.toLowerCase() !== filters.outlet.toLowerCase()) return false;
  return true;
}

/** Claim clusters with their origins; reports carry the origin kind, details come per page. */
function corpusClaims(view: CorpusView, filters: Filters) {
  const party = filters.party?.toLowerCase();
  const q = filters.q?.toLowerCase();
  return view.claims
    .map((cluster) => {
      const kinds = new Map(cluster.origins.map((o) => [o.label, o.kind]));
      const reports = cluster.reports
        .filter((report) => passes(filters, report.published, report.outlet))
        .map((report) => ({
          ...report,
          kind: report.source ? (kinds.get(report.source) ?? "outlet") : "outlet",
        }))
        .filter((report) => !filters.source || (report.kind === "named") === (filters.source === "named"))
        .filter((report) => !party || report.source?.toLowerCase() === party);
      return { cluster, reports };
    })
    .filter(({ cluster, reports }) => reports.length && (!q || cluster.text.toLowerCase().includes(q)))
    .map(({ cluster, reports }) => ({
      key: cluster.id,
      content: cluster.text,
      origins: cluster.origins.map((o) => ({
        origin: o.label,
        named: o.kind === "named",
        kind: o.kind,
        firstSeen: o.first.published,
      })),
      independentOrigins: cluster.independentOrigins,
      outlets: cluster.outlets,
      echoes: cluster.echoes,
      reports: reports.slice(0, 50),
    }))
    .sort((a, b) => b.outlets.length - a.outlets.length || b.reports.length - a.reports.length);
}

type Cluster = ReturnType<typeof corpusClaims>[number];

/** The page's reports as attribution rows: each one's claim row found again by article and content. */
async function withClaimDetails(store: Store, view: CorpusView, clusters: Cluster[]) {
  const r = refs(view);
  const articleIds = [...new Set(clusters.flatMap((c) => c.reports.map((report) => report.article)))];
  const rows = articleIds.length
    ? await store.db
        .selectFrom("claim_rows")
        .select([
          "article_id",
          "local_id",
          "source_entity",
          "source_text",
          "source_kind",
          "anonymous",
          "descriptor",
          "affiliation",
          "cue",
          "kind",
          "content",
        ])
        .where("article_id", "in", articleIds)
        .execute()
    : [];
  const byKey = new Map(rows.map((row) => [`${row.article_id}\u0000${row.content}`, row]));
  return clusters.map((cluster) => ({
    ...cluster,
    reports: cluster.reports.map((report) => {
      const row = byKey.get(`${report.article}\u0000${report.content}`);
      const resolve = (ref: string | null | undefined) =>
        ref ? (view.index.resolve(report.article, ref)?.name ?? ref) : null;
      return {
        source: row ? (resolve(row.source_entity) ?? row.source_text) : report.source,
        sourceKind: row?.source_kind ?? null,
        named: report.kind === "named",
        descriptor: row?.descriptor ?? null,
        affiliation: resolve(row?.affiliation),
        cue: row?.cue ?? null,
        kind: row?.kind ?? "indirect",
        content: report.content,
        via: report.via,
        evidence: r.evidence(report.article, row ? `claim:${row.local_id}` : "", report.content),
      };
    }),
  }));
}

function corpusMatrix(view: CorpusView, filters: Filters) {
  const r = refs(view);
  const cells = view.ledger
    .filter(
      (row) =>
        (!filters.party || row.party.toLowerCase() === filters.party.toLowerCase()) &&
        (!filters.issue || row.issue === filters.issue),
    )
    .map((row) => ({
      party: row.party,
      issue: row.issue,
      history: row.entries
        .filter((e) => passes(filters, e.date, e.outlet))
        .map((e) => {
          const idx = r.positions.get(`${e.article}\u0000${row.issue}\u0000${e.stance}\u0000${e.evidence}`);
          return {
            party: row.party,
            issue: row.issue,
            stance: e.stance,
            accordingTo: e.according,
            date: e.date,
            changed: e.changed,
            evidence: r.evidence(e.article, idx === undefined ? "" : `position:${idx}`, e.evidence),
          };
        }),
    }))
    .filter((cell) => cell.history.length);
  const weight = (key: "party" | "issue") => {
    const counts = new Map<string, number>();
    for (const c of cells) counts.set(c[key], (counts.get(c[key]) ?? 0) + c.history.length);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k]) => k)
      .slice(0, 30);
  };
  return { parties: weight("party"), issues: weight("issue"), cells };
}

function corpusFigureConflicts(view: CorpusView, filters: Filters) {
  const r = refs(view);
  return view.figures
    .map((conflict) => ({
      what: conflict.what,
      unit: conflict.unit,
      conflicting: true,
      figures: conflict.reports
        .filter((f) => passes(filters, f.date, f.outlet))
        .map((f) => {
          const idx = r.figures.get(`${f.article}\u0000${f.value}\u0000${f.evidence}`);
          return {
            value: f.value,
            unit: conflict.unit,
            what: conflict.what,
            qualifier: f.qualifier,
            source: f.source,
            evidence: r.evidence(f.article, idx === undefined ? "" : `figure:${idx}`, f.evidence),
          };
        }),
    }))
    .filter((g) => g.figures.length > 1);
}

/** Events of the merged timeline that both outlets reported, with each outlet's telling of it. */
function corpusSharedEvents(view: CorpusView, outlets: [string, string], type: string | null) {
  const r = refs(view);
  const tellings = (e: CorpusView["timeline"][number], outlet: string) =>
    e.sources
      .filter((s) => s.outlet?.toLowerCase() === outlet.toLowerCase())
      .map((s) => {
        const idx = r.events.get(`${s.article}\u0000${s.evidence}`);
        return {
          status: s.status,
          evidence: r.evidence(s.article, idx === undefined ? "" : `event:${idx}`, s.evidence),
        };
      });
  return view.timeline
    .filter((e) => !type || e.type === type)
    .map((e) => ({ event: e, sides: outlets.map((o) => ({ outlet: o, reports: tellings(e, o) })) }))
    .filter(({ sides }) => sides.every((side) => side.reports.length))
    .slice(0, 30)
    .map(({ event, sides }) => ({ type: event.type, date: event.date, actors: event.actors, sides }));
}

/** Parties and mediators as the corpus layer links them across articles. */
function corpusSides(view: CorpusView) {
  const r = refs(view);
  const summary = (e: CorpusView["parties"][number], role: string) => {
    const first = e.articles[0];
    const local = r.entities.get(`${e.id}\u0000${first}`);
    return {
      name: e.name,
      type: e.type,
      subtype: e.subtype,
      articles: e.articles.length,
      mentions: e.mentions,
      titles: e.titles.slice(0, 5),
      role,
      evidence: r.evidence(first, local ? `entity:${local}` : "", e.name),
    };
  };
  // A mediator mediates more often than it acts as a side (a state can be both, in different talks).
  const mediating = new Map<string, number>();
  const acting = new Map<string, number>();
  for (const e of view.timeline)
    for (const a of e.actors) tally(e.type === "mediation" ? mediating : acting, a);
  for (const row of view.ledger) tally(acting, row.party);
  const mediators = view.mediators.filter((m) => (mediating.get(m.name) ?? 0) > (acting.get(m.name) ?? 0));
  const mediatorIds = new Set(mediators.map((m) => m.id));
  const people = view.index.entities
    .filter(
      (e) =>
        e.type === "person" &&
        e.named &&
        e.titles.length &&
        (e.articles.length > 1 || acting.has(e.name) || mediating.has(e.name)),
    )
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions);
  return {
    parties: view.parties
      .filter((p) => p.type !== "person" && !mediatorIds.has(p.id))
      .slice(0, 12)
      .map((p) => summary(p, "party")),
    mediators: mediators.slice(0, 12).map((m) => summary(m, "mediator")),
    negotiators: people.slice(0, 12).map((p) => summary(p, p.titles[0] ?? "negotiator")),
  };
}

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
