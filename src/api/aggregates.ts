// Views over the whole store (overview, timeline, position matrix, sources, claim clusters, outlet
// profiles, figure groups, actor graph, search). They read every matching row, so the app caches them
// until the next ingest; the paged list endpoints (queries.ts) never need that.
import { type SqlBool, sql } from "kysely";
import type { Framing } from "../layers.ts";
import type { Store } from "../store/open.ts";
import { allOf, articleConditions, count, type Filters, fullTextCondition } from "./filters.ts";
import {
  attributionRow,
  type ClaimRecordRow,
  EntityNames,
  type EventRecordRow,
  eventRow,
  type evidence,
  type FigureRecordRow,
  figureRow,
  listEvents,
  NAMED_SOURCE,
  type PositionRecordRow,
  positionRow,
  UNNAMED_SOURCE,
  withEntityEvidence,
} from "./queries.ts";

const articleColumns = ["a.id", "a.title", "a.outlet", "a.published"] as const;
const MAX_ROWS = 20_000;

async function eventRows(store: Store, filters: Filters, limit = MAX_ROWS) {
  const conditions = articleConditions(filters);
  if (filters.type) conditions.push(sql<SqlBool>`ev.type = ${filters.type}`);
  const rows: EventRecordRow[] = await store.db
    .selectFrom("event_rows as ev")
    .innerJoin("articles as a", "a.id", "ev.article_id")
    .where(allOf(conditions))
    .select([
      ...articleColumns,
      "ev.idx",
      "ev.type",
      "ev.status",
      "ev.actors",
      "ev.place",
      "ev.date",
      "ev.evidence",
    ])
    .orderBy(sql`coalesce(ev.date, a.published) asc nulls last`)
    .orderBy("ev.article_id")
    .orderBy("ev.idx")
    .limit(limit)
    .execute();
  const names = await EntityNames.load(
    store,
    rows.map((r) => r.id),
  );
  return rows.map((r) => eventRow(r, names));
}

/** Entity groups (by name and type) for the given names. */
async function entityGroups(store: Store, names: string[]) {
  if (!names.length) return [];
  const rows = await store.db
    .selectFrom("entity_rows as e")
    .innerJoin("articles as a", "a.id", "e.article_id")
    .where(allOf(articleConditions({})))
    .where(sql<SqlBool>`lower(e.name) in (${sql.join(names.map((n) => n.toLowerCase()))})`)
    .groupBy([sql`lower(e.name)`, "e.type"])
    .select([
      sql<string>`min(e.name)`.as("name"),
      "e.type",
      sql<string | null>`max(e.subtype)`.as("subtype"),
      sql<number>`count(distinct e.article_id)`.as("articles"),
      sql<number>`sum(e.mention_count)`.as("mentions"),
      sql<number>`min(e.article_id)`.as("first_article"),
    ])
    .execute();
  return withEntityEvidence(store, rows);
}

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function top(counts: Map<string, number>, n: number, except: Set<string> = new Set()): string[] {
  return [...counts]
    .filter(([k]) => !except.has(k.toLowerCase()))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k]) => k);
}

/** Parties, mediators and negotiators, from who acts in events and who holds positions. */
export async function overview(store: Store, filters: Filters) {
  const where = allOf(articleConditions(filters));
  const [stats] = await store.db
    .selectFrom("articles as a")
    .where(where)
    .select([
      sql<number>`count(*)`.as("articles"),
      sql<number>`count(distinct lower(a.outlet))`.as("outlets"),
      sql<string | null>`min(a.published)`.as("first"),
      sql<string | null>`max(a.published)`.as("last"),
    ])
    .execute();
  const events = await eventRows(store, filters);
  const mediating = new Map<string, number>();
  const acting = new Map<string, number>();
  for (const e of events)
    for (const actor of e.actors) tally(e.type === "mediation" ? mediating : acting, actor);
  for (const p of (await positionRows(store, filters)).map((r) => r.party)) tally(acting, p);
  // A mediator mediates more often than it acts as a side (a state can be both, in different talks).
  const mediatorNames = top(mediating, 12).filter((n) => (mediating.get(n) ?? 0) > (acting.get(n) ?? 0));
  const mediatorSet = new Set(mediatorNames.map((n) => n.toLowerCase()));
  const candidates = await entityGroups(store, [...mediatorNames, ...top(acting, 60, mediatorSet)]);
  const byName = new Map(candidates.map((c) => [c.name.toLowerCase(), c]));
  const pick = (names: string[], role: (c: (typeof candidates)[number]) => string) =>
    names.flatMap((n) => {
      const c = byName.get(n.toLowerCase());
      return c ? [{ ...c, role: role(c) }] : [];
    });
  const actingNames = top(acting, 60, mediatorSet);
  const people = actingNames.filter((n) => byName.get(n.toLowerCase())?.type === "person");
  const sides = actingNames.filter((n) => {
    const type = byName.get(n.toLowerCase())?.type;
    return type && type !== "person";
  });
  return {
    articles: count(stats.articles),
    outlets: count(stats.outlets),
    firstPublished: stats.first,
    lastPublished: stats.last,
    parties: pick(sides.slice(0, 12), () => "party"),
    mediators: pick(mediatorNames, () => "mediator"),
    negotiators: pick(people.slice(0, 12), (c) => c.titles[0] ?? "negotiator"),
    latestEvents: (await listEvents(store, filters, { limit: 10, offset: 0 })).items,
  };
}

export async function timeline(store: Store, filters: Filters, lane: "party" | "outlet") {
  const events = await eventRows(store, filters, 2000);
  const lanes = new Map<string, typeof events>();
  for (const e of events) {
    const keys =
      lane === "outlet" ? [e.evidence.outlet ?? "unknown outlet"] : e.actors.length ? e.actors : ["no actor"];
    for (const key of keys) lanes.set(key, [...(lanes.get(key) ?? []), e]);
  }
  const sorted = [...lanes]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, 16);
  return { lane, lanes: sorted.map(([name, laneEvents]) => ({ name, events: laneEvents })) };
}

async function positionRows(store: Store, filters: Filters) {
  const conditions = articleConditions(filters);
  if (filters.issue) conditions.push(sql<SqlBool>`p.issue = ${filters.issue}`);
  const rows: PositionRecordRow[] = await store.db
    .selectFrom("position_rows as p")
    .innerJoin("articles as a", "a.id", "p.article_id")
    .where(allOf(conditions))
    .select([...articleColumns, "p.idx", "p.party", "p.issue", "p.stance", "p.according_to", "p.evidence"])
    .orderBy(sql`a.published asc nulls last`)
    .orderBy("p.article_id")
    .orderBy("p.idx")
    .limit(MAX_ROWS)
    .execute();
  const names = await EntityNames.load(
    store,
    rows.map((r) => r.id),
  );
  const positions = rows.map((r) => positionRow(r, names));
  return filters.party
    ? positions.filter((p) => p.party.toLowerCase() === filters.party?.toLowerCase())
    : positions;
}

/** Party × issue, each cell the stances in publication order with changes flagged. */
export async function positionMatrix(store: Store, filters: Filters) {
  const cells = new Map<
    string,
    { party: string; issue: string; history: (ReturnType<typeof positionRow> & { changed: boolean })[] }
  >();
  for (const p of await positionRows(store, filters)) {
    const key = `${p.party.toLowerCase()}\u0000${p.issue}`;
    const cell = cells.get(key) ?? { party: p.party, issue: p.issue, history: [] };
    const previous = cell.history[cell.history.length - 1];
    cell.history.push({ ...p, changed: !!previous && previous.stance !== p.stance });
    cells.set(key, cell);
  }
  const partyCounts = new Map<string, number>();
  const issueCounts = new Map<string, number>();
  for (const c of cells.values()) {
    partyCounts.set(c.party, (partyCounts.get(c.party) ?? 0) + c.history.length);
    issueCounts.set(c.issue, (issueCounts.get(c.issue) ?? 0) + c.history.length);
  }
  return { parties: top(partyCounts, 30), issues: top(issueCounts, 30), cells: [...cells.values()] };
}

async function claimRows(store: Store, filters: Filters, limit = MAX_ROWS * 5) {
  const conditions = articleConditions(filters);
  if (filters.q) conditions.push(await fullTextCondition(store, filters.q));
  if (filters.source) conditions.push(filters.source === "named" ? NAMED_SOURCE : UNNAMED_SOURCE);
  const rows: ClaimRecordRow[] = await store.db
    .selectFrom("claim_rows as c")
    .innerJoin("articles as a", "a.id", "c.article_id")
    .where(allOf(conditions))
    .select([
      ...articleColumns,
      "c.local_id",
      "c.source_entity",
      "c.source_text",
      "c.source_kind",
      "c.anonymous",
    ])
    .select(["c.descriptor", "c.affiliation", "c.cue", "c.kind", "c.content", "c.via"])
    .orderBy(sql`a.published asc nulls last`)
    .orderBy("c.article_id")
    .orderBy("c.start")
    .limit(limit)
    .execute();
  const names = await EntityNames.load(
    store,
    rows.map((r) => r.id),
  );
  const claims = rows.map((r) => attributionRow(r, names));
  const party = filters.party?.toLowerCase();
  return party
    ? claims.filter((c) => c.source?.toLowerCase() === party || c.affiliation?.toLowerCase() === party)
    : claims;
}

type Claim = Awaited<ReturnType<typeof claimRows>>[number];

/** Who said what: claims grouped by their source, named and unnamed apart, with their relays. */
export async function sources(store: Store, filters: Filters) {
  const groups = new Map<
    string,
    { source: string; named: boolean; affiliation: string | null; claims: Claim[] }
  >();
  for (const c of await claimRows(store, filters)) {
    const label = c.named ? (c.source ?? "unknown") : (c.descriptor ?? c.source ?? "unnamed source");
    const key = `${c.named}:${label.toLowerCase()}:${c.affiliation ?? ""}`;
    const group = groups.get(key) ?? {
      source: c.source ?? label,
      named: c.named,
      affiliation: c.affiliation,
      claims: [],
    };
    group.claims.push(c);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.claims.length - a.claims.length || a.source.localeCompare(b.source))
    .map((g) => ({
      source: g.source,
      named: g.named,
      affiliation: g.affiliation,
      claims: g.claims.length,
      outlets: unique(g.claims.map((c) => c.evidence.outlet)),
      relays: unique(g.claims.flatMap((c) => c.via)),
      examples: g.claims.slice(0, 3),
    }));
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

/** A claim's cluster key: its first words, normalised, so outlets relaying one statement meet. */
export function claimKey(content: string): string {
  const words = content.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const ascii = words.map((w) => w.normalize("NFKD").replace(/[^a-z0-9]/g, "")).filter(Boolean);
  return ascii.slice(0, 12).join("-").slice(0, 120) || "empty";
}

export async function claimClusters(store: Store, filters: Filters) {
  const clusters = new Map<string, Claim[]>();
  for (const c of await claimRows(store, filters)) {
    const key = claimKey(c.content);
    clusters.set(key, [...(clusters.get(key) ?? []), c]);
  }
  return [...clusters]
    .map(([key, reports]) => cluster(key, reports))
    .sort(
      (a, b) =>
        b.outlets.length - a.outlets.length ||
        b.reports.length - a.reports.length ||
        a.key.localeCompare(b.key),
    );
}

/** Origins: the named source when there is one, else the first outlet that reported the claim. */
function cluster(key: string, reports: Claim[]) {
  const origins = new Map<string, { origin: string; named: boolean; firstSeen: string | null }>();
  for (const r of reports) {
    const named = r.named && !!r.source;
    const origin = named ? (r.source as string) : (r.evidence.outlet ?? r.source ?? "unknown");
    const key = `${named}:${origin.toLowerCase()}`;
    if (!origins.has(key)) origins.set(key, { origin, named, firstSeen: r.evidence.published });
  }
  const independent = [...origins.values()];
  // Unnamed reports all trace to the first outlet; later outlets carrying them only echo it.
  const namedOrigins = independent.filter((o) => o.named);
  const kept = namedOrigins.length ? namedOrigins : independent.slice(0, 1);
  return {
    key,
    content: reports[0].content,
    origins: kept,
    outlets: unique(reports.map((r) => r.evidence.outlet)),
    echoes: Math.max(0, reports.length - kept.length),
    reports: reports.slice(0, 50),
  };
}

interface FramingMeasures {
  attributions?: number;
  unnamedSources?: number;
  labels?: number;
  voices?: Record<string, number>;
}

export async function outletProfiles(store: Store, filters: Filters) {
  const rows = await store.db
    .selectFrom("articles as a")
    .where(allOf(articleConditions(filters)))
    .select(["a.outlet", "a.framing"])
    .execute();
  const profiles = new Map<
    string,
    { articles: number; attributions: number; unnamed: number; labels: number; voices: Map<string, number> }
  >();
  for (const r of rows) {
    const outlet = r.outlet ?? "unknown outlet";
    const p = profiles.get(outlet) ?? {
      articles: 0,
      attributions: 0,
      unnamed: 0,
      labels: 0,
      voices: new Map(),
    };
    p.articles++;
    const framing = r.framing ? (JSON.parse(r.framing) as FramingMeasures) : null;
    p.attributions += framing?.attributions ?? 0;
    p.unnamed += framing?.unnamedSources ?? 0;
    p.labels += framing?.labels ?? 0;
    for (const [voice, n] of Object.entries(framing?.voices ?? {}))
      p.voices.set(voice, (p.voices.get(voice) ?? 0) + n);
    profiles.set(outlet, p);
  }
  return [...profiles]
    .sort((a, b) => b[1].articles - a[1].articles || a[0].localeCompare(b[0]))
    .map(([outlet, p]) => ({
      outlet,
      articles: p.articles,
      attributions: p.attributions,
      unnamedShare: p.attributions ? p.unnamed / p.attributions : null,
      labelCount: p.labels,
      voices: Object.fromEntries(p.voices),
    }));
}

/** The labels an outlet puts on actors, counted over its latest articles' records. */
async function outletLabels(store: Store, filters: Filters, outlet: string) {
  const rows = await store.db
    .selectFrom("articles as a")
    .where(allOf(articleConditions({ ...filters, outlet })))
    .select("a.record")
    .orderBy(sql`a.published desc nulls last`)
    .limit(300)
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const record = JSON.parse(r.record) as { framing?: Partial<Framing> | null };
    for (const l of record.framing?.labels ?? []) tally(counts, `${l.text}\u0000${l.actor}`);
  }
  return top(counts, 12).map((k) => {
    const [text, actor] = k.split("\u0000");
    return { text, actor, count: counts.get(k) ?? 0 };
  });
}

/** The same kind of event as told by two outlets, side by side, with their labels and voices. */
export async function compareOutlets(store: Store, filters: Filters, a: string, b: string, type?: string) {
  const [eventsA, eventsB] = await Promise.all([
    eventRows(store, { ...filters, outlet: a }, 2000),
    eventRows(store, { ...filters, outlet: b }, 2000),
  ]);
  const typesA = new Map<string, number>();
  for (const e of eventsA) tally(typesA, e.type);
  const typesB = new Set(eventsB.map((e) => e.type));
  const shared = top(typesA, 50).filter((t) => typesB.has(t));
  const chosen = type ?? shared[0] ?? null;
  const profiles = await outletProfiles(store, filters);
  const side = async (outlet: string, events: typeof eventsA) => ({
    outlet,
    profile: profiles.find((p) => p.outlet.toLowerCase() === outlet.toLowerCase()) ?? null,
    labels: await outletLabels(store, filters, outlet),
    events: events.filter((e) => chosen === null || e.type === chosen).slice(0, 30),
  });
  return { type: chosen, sharedTypes: shared, sides: [await side(a, eventsA), await side(b, eventsB)] };
}

export async function figureGroups(store: Store, filters: Filters) {
  const rows: FigureRecordRow[] = await store.db
    .selectFrom("figure_rows as f")
    .innerJoin("articles as a", "a.id", "f.article_id")
    .where(allOf(articleConditions(filters)))
    .select([
      ...articleColumns,
      "f.idx",
      "f.value",
      "f.unit",
      "f.what",
      "f.qualifier",
      "f.source",
      "f.evidence",
    ])
    .orderBy(sql`a.published asc nulls last`)
    .limit(MAX_ROWS)
    .execute();
  const names = await EntityNames.load(
    store,
    rows.map((r) => r.id),
  );
  const groups = new Map<string, ReturnType<typeof figureRow>[]>();
  for (const f of rows.map((r) => figureRow(r, names))) {
    const key = `${f.what ?? "count"}\u0000${f.unit ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups]
    .map(([key, figures]) => {
      const [what, unit] = key.split("\u0000");
      return {
        what,
        unit: unit || null,
        conflicting: new Set(figures.map((f) => f.value)).size > 1,
        figures: figures.slice(0, 100),
      };
    })
    .sort((x, y) => Number(y.conflicting) - Number(x.conflicting) || y.figures.length - x.figures.length);
}

type Relation = "talks" | "relays" | "accuses";

/** Who talks to (acts together in an event), relays (passes on the claims of), or accuses whom. */
export async function actorGraph(store: Store, filters: Filters) {
  const nodes = new Map<string, { id: string; name: string; type: string; weight: number }>();
  const edges = new Map<
    string,
    {
      source: string;
      target: string;
      relation: Relation;
      weight: number;
      evidence: ReturnType<typeof evidence>;
    }
  >();
  const node = (name: string, type: string) => {
    const id = name.toLowerCase();
    const n = nodes.get(id) ?? { id, name, type, weight: 0 };
    n.weight++;
    nodes.set(id, n);
    return id;
  };
  const edge = (from: string, to: string, relation: Relation, ev: ReturnType<typeof evidence>) => {
    if (from === to) return;
    const key = `${from}\u0000${to}\u0000${relation}`;
    const e = edges.get(key) ?? { source: from, target: to, relation, weight: 0, evidence: ev };
    e.weight++;
    edges.set(key, e);
  };
  for (const e of await eventRows(store, filters, 5000)) {
    const ids = e.actors.map((a) => node(a, "actor"));
    const relation: Relation = e.type === "truce_violation" ? "accuses" : "talks";
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) edge(ids[i], ids[j], relation, e.evidence);
  }
  for (const c of await claimRows(store, filters, 20_000)) {
    if (!c.source || !c.via.length) continue;
    const source = node(c.source, c.named ? "source" : "unnamed source");
    edge(node(c.via[0], "relay"), source, "relays", c.evidence);
  }
  const kept = [...nodes.values()].sort((a, b) => b.weight - a.weight).slice(0, 80);
  const keptIds = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: [...edges.values()].filter((e) => keptIds.has(e.source) && keptIds.has(e.target)).slice(0, 400),
  };
}

export async function search(store: Store, q: string) {
  const condition = await fullTextCondition(store, q);
  const rows = await store.db
    .selectFrom("articles as a")
    .where(allOf([...articleConditions({}, { withDuplicates: true }), condition]))
    .select([...articleColumns, "a.url", "a.word_count", "a.version", "a.duplicate_of", "a.text"])
    .limit(20)
    .execute();
  const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const entityRows = await store.db
    .selectFrom("entity_rows as e")
    .innerJoin("articles as a", "a.id", "e.article_id")
    .where(allOf(articleConditions({})))
    .where(sql<SqlBool>`lower(e.name) like ${like} escape '\\'`)
    .groupBy([sql`lower(e.name)`, "e.type"])
    .select([
      sql<string>`min(e.name)`.as("name"),
      "e.type",
      sql<string | null>`max(e.subtype)`.as("subtype"),
      sql<number>`count(distinct e.article_id)`.as("articles"),
      sql<number>`sum(e.mention_count)`.as("mentions"),
      sql<number>`min(e.article_id)`.as("first_article"),
    ])
    .orderBy("mentions", "desc")
    .limit(20)
    .execute();
  return {
    articles: rows.map((r) => ({
      id: r.id,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      url: r.url,
      wordCount: r.word_count,
      version: r.version,
      duplicateOf: r.duplicate_of,
      snippet: snippet(r.text, q),
    })),
    entities: await withEntityEvidence(store, entityRows),
  };
}

/** The text around the first query word found, as plain text (the client renders it as text). */
function snippet(text: string, q: string): string {
  const lower = text.toLowerCase();
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const at = Math.max(0, Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length));
  const start = at >= text.length ? 0 : Math.max(0, at - 80);
  return `${start > 0 ? "…" : ""}${text.slice(start, start + 200).replace(/\s+/g, " ")}…`;
}
