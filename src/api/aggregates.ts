// Views over the whole store read straight from the rows (overview counts, timeline lanes, sources,
// outlet profiles and comparison, actor graph, search). They read every matching row, so the app
// memoises them per store generation; the paged lists are in queries.ts, the views built on the
// corpus layer (linked entities, claim clusters, ledger, figure conflicts) in corpus.ts.
import { type SqlBool, sql } from "kysely";
import type { Framing } from "../layers.ts";
import type { Store } from "../store/open.ts";
import { allOf, articleConditions, count, type Filters, fullTextCondition } from "./filters.ts";
import {
  articleColumns,
  articleSummary,
  CLAIMS,
  claimConditions,
  claimQuery,
  EVENTS,
  entityGroupQuery,
  eventConditions,
  eventQuery,
  type evidence,
  itemsOf,
  listEvents,
  withEntityEvidence,
} from "./queries.ts";

const MAX_ROWS = 20_000;

async function eventRows(store: Store, filters: Filters, limit = MAX_ROWS) {
  const rows = await eventQuery(store, eventConditions(store, filters))
    .orderBy(sql`coalesce(ev.date, a.published) asc nulls last`)
    .orderBy("ev.article_id")
    .orderBy("ev.idx")
    .limit(limit)
    .execute();
  return itemsOf(store, EVENTS, rows);
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

/** Counts and the latest events; the parties and mediators come from the corpus layer (corpus.ts). */
export async function overviewStats(store: Store, filters: Filters) {
  const [stats] = await store.db
    .selectFrom("articles as a")
    .where(allOf(articleConditions(filters)))
    .select([
      sql<number>`count(*)`.as("articles"),
      sql<number>`count(distinct lower(a.outlet))`.as("outlets"),
      sql<string | null>`min(a.published)`.as("first"),
      sql<string | null>`max(a.published)`.as("last"),
    ])
    .execute();
  return {
    articles: count(stats.articles),
    outlets: count(stats.outlets),
    firstPublished: stats.first,
    lastPublished: stats.last,
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

async function claimRows(store: Store, filters: Filters, limit = MAX_ROWS * 5) {
  const rows = await claimQuery(store, claimConditions(store, filters))
    .orderBy(sql`a.published asc nulls last`)
    .orderBy("c.article_id")
    .orderBy("c.start")
    .limit(limit)
    .execute();
  const claims = await itemsOf(store, CLAIMS, rows);
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
    // Named sources only: "a senior official" or "he" would each be a node of their own.
    if (!c.source || !c.via.length || c.sourceKind !== "named") continue;
    const source = node(c.source, "source");
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
  const condition = fullTextCondition(store, q);
  const rows = await store.db
    .selectFrom("articles as a")
    .where(allOf([...articleConditions({}, { withDuplicates: true }), condition]))
    .select([...articleColumns, "a.url", "a.word_count", "a.version", "a.duplicate_of", "a.text"])
    .limit(20)
    .execute();
  const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const entityRows = await entityGroupQuery(store, articleConditions({}))
    .where(sql<SqlBool>`lower(e.name) like ${like} escape '\\'`)
    .orderBy("mentions", "desc")
    .limit(20)
    .execute();
  return {
    articles: rows.map((r) => ({ ...articleSummary(r), snippet: snippet(r.text, q) })),
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
