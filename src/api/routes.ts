// The API's routes as data: path, query schema, response schema and handler. The app registers
// them and the OpenAPI document is generated from the same table.
import type { z } from "zod";
import type { Store } from "../store/open.ts";
import {
  actorGraph,
  compareOutlets,
  outletProfiles,
  overviewStats,
  search,
  sources,
  timeline,
} from "./aggregates.ts";
import {
  listArticles,
  listAttributions,
  listEntities,
  listEvents,
  listFigures,
  listPositions,
  type Memo,
} from "./queries.ts";
import { articleDetail } from "./reader.ts";
import * as s from "./schemas.ts";
import type { ViewAnswer, ViewArgs, ViewQuery } from "./views.ts";

export interface RouteContext<Q, P> {
  store: Store;
  query: Q;
  params: P;
  /** Memoises this request's answer until the store changes (for whole-store views). */
  cached<T>(compute: () => Promise<T>): Promise<T>;
  /** Memoises any value under a key until the store changes. */
  memo: Memo;
  /** Asks the corpus layer's view of the whole store (entity linking, clusters, ledger). */
  views<K extends ViewQuery>(query: K, args: ViewArgs<K>): Promise<ViewAnswer<K>>;
}

export interface Route<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  path: string;
  summary: string;
  query: Q;
  params?: P;
  response: R;
  /** null means 404. */
  handler(ctx: RouteContext<z.infer<Q>, z.infer<P>>): Promise<z.infer<R> | null>;
}

function route<Q extends z.ZodType, P extends z.ZodType, R extends z.ZodType>(r: Route<Q, P, R>): Route {
  return r as unknown as Route;
}

function paged<T>(items: T[], limit: number, offset: number) {
  return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
}

const listQuery = s.querySchema("from", "to", "outlet", "party", "q", "type", "limit", "offset");

export const ROUTES: Route[] = [
  route({
    path: "/api/overview",
    summary: "Parties, mediators and negotiators with their roles, and the latest events",
    query: s.querySchema("from", "to", "outlet"),
    response: s.overview,
    handler: ({ store, query, cached, views }) =>
      cached(async () => ({ ...(await overviewStats(store, query)), ...(await views("sides", undefined)) })),
  }),
  route({
    path: "/api/articles",
    summary: "Articles, newest first",
    query: s.querySchema("from", "to", "outlet", "q", "limit", "offset"),
    response: s.page(s.articleSummary),
    handler: ({ store, query, memo }) => listArticles(store, query, query, memo),
  }),
  route({
    path: "/api/articles/:id",
    summary: "One article: its text and every extracted item with the spans to highlight",
    query: s.querySchema(),
    params: s.idParams,
    response: s.articleDetail,
    handler: ({ store, params }) => articleDetail(store, params.id),
  }),
  route({
    path: "/api/entities",
    summary: "Entities across articles, most mentioned first",
    query: listQuery,
    response: s.page(s.entitySummary),
    handler: ({ store, query, memo }) => listEntities(store, query, query, memo),
  }),
  route({
    path: "/api/attributions",
    summary: "Who said what, according to whom",
    query: s.querySchema("from", "to", "outlet", "party", "source", "q", "limit", "offset"),
    response: s.page(s.attributionRow),
    handler: ({ store, query, memo }) => listAttributions(store, query, query, memo),
  }),
  route({
    path: "/api/events",
    summary: "Negotiation events, latest first",
    query: listQuery,
    response: s.page(s.eventRow),
    handler: ({ store, query, memo }) => listEvents(store, query, query, memo),
  }),
  route({
    path: "/api/positions",
    summary: "Stances of parties on issues, newest first",
    query: s.querySchema("from", "to", "outlet", "party", "issue", "q", "limit", "offset"),
    response: s.page(s.positionRow),
    handler: ({ store, query, memo }) => listPositions(store, query, query, memo),
  }),
  route({
    path: "/api/figures",
    summary: "Numbers reported (killed, held, released…), newest first",
    query: listQuery,
    response: s.page(s.figureRow),
    handler: ({ store, query, memo }) => listFigures(store, query, query, memo),
  }),
  route({
    path: "/api/timeline",
    summary: "Events in swimlanes by party or by outlet",
    query: s.laneQuery,
    response: s.timeline,
    handler: ({ store, query, cached }) => cached(() => timeline(store, query, query.lane)),
  }),
  route({
    path: "/api/matrix",
    summary: "Positions matrix: party × issue, stances over time with changes flagged",
    query: s.querySchema("from", "to", "outlet", "party", "issue"),
    response: s.positionMatrix,
    handler: ({ query, cached, views }) => cached(() => views("matrix", query)),
  }),
  route({
    path: "/api/sources",
    summary: "Sources grouped: named and unnamed, affiliation, outlets and relays",
    query: s.querySchema("from", "to", "outlet", "party", "source", "limit", "offset"),
    response: s.page(s.sourceGroup),
    handler: async ({ store, query, cached }) =>
      paged(await cached(() => sources(store, query)), query.limit, query.offset),
  }),
  route({
    path: "/api/claims",
    summary: "Claims clustered across outlets, with their independent origins and echoes",
    query: s.claimQuery,
    response: s.page(s.claimCluster),
    handler: ({ query, cached, views }) => cached(() => views("claims", query)),
  }),
  route({
    path: "/api/claims/:key",
    summary: "One claim cluster",
    query: s.querySchema(),
    params: s.claimKeyParams,
    response: s.claimCluster,
    handler: ({ params, views }) => views("claim", params.key),
  }),
  route({
    path: "/api/outlets",
    summary: "Outlet profiles: articles, attributions, unnamed share, voices, labels",
    query: s.querySchema("from", "to"),
    response: s.page(s.outletProfile),
    handler: async ({ store, query, cached }) => {
      const all = await cached(() => outletProfiles(store, query));
      return { total: all.length, limit: all.length, offset: 0, items: all };
    },
  }),
  route({
    path: "/api/compare",
    summary: "The same kind of event as told by two outlets, side by side",
    query: s.compareQuery,
    response: s.comparison,
    handler: ({ store, query, cached, views }) =>
      cached(async () => {
        const sideBySide = await compareOutlets(store, query, query.a, query.b, query.type);
        const on = { outlets: [query.a, query.b] as [string, string], type: query.type ?? null };
        return { ...sideBySide, sameEvents: await views("sharedEvents", on) };
      }),
  }),
  route({
    path: "/api/figure-groups",
    summary: "Figures that disagree (same count, different values within a week), side by side",
    query: s.querySchema("from", "to", "outlet"),
    response: s.page(s.figureGroup),
    handler: async ({ query, cached, views }) => {
      const all = await cached(() => views("figureConflicts", query));
      return { total: all.length, limit: all.length, offset: 0, items: all };
    },
  }),
  route({
    path: "/api/graph",
    summary: "Actor graph: who talks to, relays or accuses whom",
    query: s.querySchema("from", "to", "outlet"),
    response: s.graph,
    handler: ({ store, query, cached }) => cached(() => actorGraph(store, query)),
  }),
  route({
    path: "/api/search",
    summary: "Full-text search over articles, and entities by name",
    query: s.querySchema("q").required({ q: true }),
    response: s.searchResult,
    handler: ({ store, query }) => search(store, query.q),
  }),
];
