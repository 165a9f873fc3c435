// The API's list queries over the store (issue-4 schema), one Kysely query layer for both dialects.
// Rows name entities by article-local ids; `EntityNames` turns them into names for one page of rows.
import { type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from "kysely";
import type { Store } from "../store/open.ts";
import {
  allOf,
  articleConditions,
  count,
  type Filters,
  fullTextCondition,
  partyCondition,
} from "./filters.ts";

export interface Paging {
  limit: number;
  offset: number;
}

/** Memoises a value for the current store generation (see app.ts); by default, no memo. */
export type Memo = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

const noMemo: Memo = (_key, compute) => compute();

/** Newest first, by an order an index on articles(is_current, published, id) can serve. */
function newestFirst(store: Store) {
  return store.dialect === "sqlite"
    ? sql`a.published desc, a.id desc`
    : sql`a.published desc nulls last, a.id desc`;
}

export interface ArticleInfo {
  id: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface Evidence {
  article: number;
  item: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
}

export function evidence(article: ArticleInfo, item: string, text: string): Evidence {
  return {
    article: article.id,
    item,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    text,
  };
}

/** An article-local entity id (or surface text) used by a row of that article. */
export type EntityRef = [articleId: number, idOrText: string | null];

/** Names of article-local entity ids, loaded for the ids one page of rows uses. */
export class EntityNames {
  private constructor(private readonly names: Map<string, string>) {}

  static async load(store: Store, refs: EntityRef[]): Promise<EntityNames> {
    const names = new Map<string, string>();
    const byArticle = new Map<number, Set<string>>();
    for (const [article, ref] of refs)
      if (ref) byArticle.set(article, (byArticle.get(article) ?? new Set()).add(ref));
    const articles = [...byArticle];
    // One index lookup on (article_id, local_id, name) per wanted pair.
    for (let i = 0; i < articles.length; i += 100) {
      const rows = await store.db
        .selectFrom("entity_rows")
        .select(["article_id", "local_id", "name"])
        .where((eb) =>
          eb.or(
            articles
              .slice(i, i + 100)
              .map(([article, ids]) =>
                eb.and([eb("article_id", "=", article), eb("local_id", "in", [...ids])]),
              ),
          ),
        )
        .execute();
      for (const r of rows) names.set(`${r.article_id}:${r.local_id}`, r.name);
    }
    return new EntityNames(names);
  }

  /** The entity's name, or the value itself when it is surface text rather than an id. */
  name(articleId: number, idOrText: string | null): string | null {
    if (idOrText === null) return null;
    return this.names.get(`${articleId}:${idOrText}`) ?? idOrText;
  }
}

/** Rows of a derived table with their article, and how they become API items. */
export interface RowKind<R extends ArticleInfo, T> {
  /** The entity ids (or texts) a row names. */
  refs(row: R): (string | null)[];
  item(row: R, names: EntityNames): T;
}

export async function itemsOf<R extends ArticleInfo, T>(store: Store, kind: RowKind<R, T>, rows: R[]) {
  const names = await EntityNames.load(
    store,
    rows.flatMap((r) => kind.refs(r).map((ref): EntityRef => [r.id, ref])),
  );
  return rows.map((r) => kind.item(r, names));
}

/** One page of rows, newest article first (then `within`, the rows' order inside one article), and
 * the total of the filter set. */
async function pageOf<DB, TB extends keyof DB, R extends ArticleInfo, T>(
  store: Store,
  list: { name: string; filters: Filters; paging: Paging; memo: Memo },
  query: SelectQueryBuilder<DB, TB, R>,
  within: string,
  kind: RowKind<R, T>,
) {
  const { filters, paging, memo } = list;
  const total = await memo(`total:${list.name}:${JSON.stringify(filters)}`, async () => {
    const [row] = await query.clearSelect().select(sql<number>`count(*)`.as("total")).execute();
    return count((row as { total: unknown }).total);
  });
  const rows = (await query
    .orderBy(newestFirst(store))
    .orderBy(sql.ref(within))
    .limit(paging.limit)
    .offset(paging.offset)
    .execute()) as R[];
  return { total, ...paging, items: await itemsOf(store, kind, rows) };
}

function searchConditions(store: Store, filters: Filters, options: { withDuplicates?: boolean } = {}) {
  const conditions = articleConditions(filters, options);
  if (filters.q) conditions.push(fullTextCondition(store, filters.q));
  return conditions;
}

export const articleColumns = ["a.id", "a.title", "a.outlet", "a.published"] as const;

const ARTICLES: RowKind<Parameters<typeof articleSummary>[0], ReturnType<typeof articleSummary>> = {
  refs: () => [],
  item: articleSummary,
};

export function listArticles(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const query = store.db
    .selectFrom("articles as a")
    .where(allOf(searchConditions(store, filters, { withDuplicates: true })))
    .select([...articleColumns, "a.url", "a.word_count", "a.version", "a.duplicate_of"]);
  return pageOf(store, { name: "articles", filters, paging, memo }, query, "a.id", ARTICLES);
}

export function articleSummary(r: {
  id: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  word_count: number;
  version: number;
  duplicate_of: number | null;
}) {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    url: r.url,
    wordCount: r.word_count,
    version: r.version,
    duplicateOf: r.duplicate_of,
  };
}

/** Entities grouped by name and type over every matching article, with their evidence: memoised per
 * filter set, paged in memory. */
export async function listEntities(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const entities = await memo(`entities:${JSON.stringify(filters)}`, async () => {
    const conditions = searchConditions(store, filters);
    if (filters.type) conditions.push(sql<SqlBool>`e.type = ${filters.type}`);
    if (filters.party) conditions.push(sql<SqlBool>`lower(e.name) = ${filters.party.toLowerCase()}`);
    const groups = await entityGroupQuery(store, conditions).execute();
    return withEntityEvidence(
      store,
      groups.sort((a, b) => count(b.mentions) - count(a.mentions) || a.name.localeCompare(b.name)),
    );
  });
  return {
    total: entities.length,
    ...paging,
    items: entities.slice(paging.offset, paging.offset + paging.limit),
  };
}

/** Entities grouped by name (any case) and type over the articles matching `conditions`. */
export function entityGroupQuery(store: Store, conditions: RawBuilder<SqlBool>[]) {
  return store.db
    .selectFrom("entity_rows as e")
    .innerJoin("articles as a", "a.id", "e.article_id")
    .where(allOf(conditions))
    .groupBy([sql`lower(e.name)`, "e.type"])
    .select([
      sql<string>`min(e.name)`.as("name"),
      "e.type",
      sql<string | null>`max(e.subtype)`.as("subtype"),
      sql<number>`count(distinct e.article_id)`.as("articles"),
      sql<number>`sum(e.mention_count)`.as("mentions"),
      sql<number>`min(e.article_id)`.as("first_article"),
    ]);
}

type EntityGroup = Awaited<ReturnType<ReturnType<typeof entityGroupQuery>["execute"]>>[number];

/** Titles and an evidence link (the entity in its first article) for entity groups. */
export async function withEntityEvidence(store: Store, groups: EntityGroup[]) {
  const firstIds = [...new Set(groups.map((g) => count(g.first_article)))];
  const byKey = new Map<string, ArticleInfo & { local_id: string; titles: string }>();
  for (let i = 0; i < firstIds.length; i += 500) {
    const rows = await store.db
      .selectFrom("entity_rows as e")
      .innerJoin("articles as a", "a.id", "e.article_id")
      .select([...articleColumns, "e.local_id", "e.name", "e.type", "e.titles"])
      .where("e.article_id", "in", firstIds.slice(i, i + 500))
      .execute();
    for (const r of rows) byKey.set(`${r.id}:${r.name.toLowerCase()}:${r.type}`, r);
  }
  return groups.map((g) => {
    const first = count(g.first_article);
    const row = byKey.get(`${first}:${g.name.toLowerCase()}:${g.type}`);
    return {
      name: g.name,
      type: g.type,
      subtype: g.subtype,
      articles: count(g.articles),
      mentions: count(g.mentions),
      titles: row ? (JSON.parse(row.titles) as string[]).slice(0, 5) : [],
      evidence: row
        ? evidence(row, `entity:${row.local_id}`, g.name)
        : { article: first, item: "", title: null, outlet: null, published: null, text: g.name },
    };
  });
}

/** Named: a named source, or a pronoun resolved to one; documents ("the report") are neither kind. */
function isNamed(r: { anonymous: number; source_kind: string | null }): boolean {
  return !r.anonymous && (r.source_kind === "named" || r.source_kind === "pronoun");
}

export const NAMED_SOURCE = sql<SqlBool>`(c.anonymous = 0 and c.source_kind in ('named', 'pronoun'))`;
// Written as the partial index claim_rows_unnamed is (migrations.ts), so SQLite reads that index.
export const UNNAMED_SOURCE = sql<SqlBool>`(c.anonymous = 1 or c.source_kind = 'unnamed')`;

/** Claims with their article: the rows of the attribution list and the sources view. */
export function claimQuery(store: Store, conditions: RawBuilder<SqlBool>[]) {
  return store.db
    .selectFrom("claim_rows as c")
    .innerJoin("articles as a", "a.id", "c.article_id")
    .where(allOf(conditions))
    .select([...articleColumns, "c.local_id", "c.source_entity", "c.source_text", "c.source_kind"])
    .select(["c.anonymous", "c.descriptor", "c.affiliation", "c.cue", "c.kind", "c.content", "c.via"]);
}

export type ClaimRecordRow = Awaited<ReturnType<ReturnType<typeof claimQuery>["execute"]>>[number];

export const CLAIMS: RowKind<ClaimRecordRow, ReturnType<typeof attributionRow>> = {
  refs: (r) => [r.source_entity, r.affiliation],
  item: attributionRow,
};

function attributionRow(r: ClaimRecordRow, names: EntityNames) {
  return {
    source: names.name(r.id, r.source_entity) ?? r.source_text,
    sourceKind: r.source_kind,
    named: isNamed(r),
    descriptor: r.descriptor,
    affiliation: names.name(r.id, r.affiliation),
    cue: r.cue,
    kind: r.kind,
    content: r.content,
    via: JSON.parse(r.via) as string[],
    evidence: evidence(r, `claim:${r.local_id}`, r.content),
  };
}

/** The claim filters beyond the articles': named or unnamed source. */
export function claimConditions(store: Store, filters: Filters): RawBuilder<SqlBool>[] {
  const conditions = searchConditions(store, filters);
  if (filters.source) conditions.push(filters.source === "named" ? NAMED_SOURCE : UNNAMED_SOURCE);
  return conditions;
}

export function listAttributions(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = claimConditions(store, filters);
  if (filters.party) {
    conditions.push(
      sql<SqlBool>`(${partyCondition(filters.party, sql.ref("c.source_entity"), false)} or ${partyCondition(filters.party, sql.ref("c.affiliation"), false)})`,
    );
  }
  const query = claimQuery(store, conditions);
  return pageOf(store, { name: "attributions", filters, paging, memo }, query, "c.start", CLAIMS);
}

/** Events with their article: the rows of the event list, the timeline, comparison and graph. */
export function eventQuery(store: Store, conditions: RawBuilder<SqlBool>[]) {
  return store.db
    .selectFrom("event_rows as ev")
    .innerJoin("articles as a", "a.id", "ev.article_id")
    .where(allOf(conditions))
    .select([...articleColumns, "ev.idx", "ev.type", "ev.status", "ev.actors", "ev.place", "ev.date"])
    .select("ev.evidence");
}

export type EventRecordRow = Awaited<ReturnType<ReturnType<typeof eventQuery>["execute"]>>[number];

export const EVENTS: RowKind<EventRecordRow, ReturnType<typeof eventRow>> = {
  refs: (r) => [...(JSON.parse(r.actors) as string[]), r.place],
  item: eventRow,
};

function eventRow(r: EventRecordRow, names: EntityNames) {
  return {
    type: r.type,
    status: r.status,
    actors: (JSON.parse(r.actors) as string[]).map((a) => names.name(r.id, a) ?? a),
    place: names.name(r.id, r.place),
    date: r.date ?? r.published,
    evidence: evidence(r, `event:${r.idx}`, r.evidence),
  };
}

/** The event filters beyond the articles': its type. */
export function eventConditions(store: Store, filters: Filters): RawBuilder<SqlBool>[] {
  const conditions = searchConditions(store, filters);
  if (filters.type) conditions.push(sql<SqlBool>`ev.type = ${filters.type}`);
  return conditions;
}

export function listEvents(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = eventConditions(store, filters);
  if (filters.party) conditions.push(partyCondition(filters.party, sql.ref("ev.actors"), true));
  const query = eventQuery(store, conditions);
  return pageOf(store, { name: "events", filters, paging, memo }, query, "ev.idx", EVENTS);
}

const POSITIONS: RowKind<PositionRecordRow, ReturnType<typeof positionRow>> = {
  refs: (r) => [r.party, r.according_to],
  item: positionRow,
};

type PositionRecordRow = Awaited<ReturnType<ReturnType<typeof positionQuery>["execute"]>>[number];

function positionQuery(store: Store, conditions: RawBuilder<SqlBool>[]) {
  return store.db
    .selectFrom("position_rows as p")
    .innerJoin("articles as a", "a.id", "p.article_id")
    .where(allOf(conditions))
    .select([...articleColumns, "p.idx", "p.party", "p.issue", "p.stance", "p.according_to", "p.evidence"]);
}

function positionRow(r: PositionRecordRow, names: EntityNames) {
  return {
    party: names.name(r.id, r.party) ?? r.party,
    issue: r.issue,
    stance: r.stance,
    accordingTo: names.name(r.id, r.according_to),
    date: r.published,
    evidence: evidence(r, `position:${r.idx}`, r.evidence),
  };
}

export function listPositions(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = searchConditions(store, filters);
  if (filters.issue) conditions.push(sql<SqlBool>`p.issue = ${filters.issue}`);
  if (filters.party) conditions.push(partyCondition(filters.party, sql.ref("p.party"), false));
  const query = positionQuery(store, conditions);
  return pageOf(store, { name: "positions", filters, paging, memo }, query, "p.idx", POSITIONS);
}

const FIGURES: RowKind<FigureRecordRow, ReturnType<typeof figureRow>> = {
  refs: (r) => [r.source],
  item: figureRow,
};

type FigureRecordRow = Awaited<ReturnType<ReturnType<typeof figureQuery>["execute"]>>[number];

function figureQuery(store: Store, conditions: RawBuilder<SqlBool>[]) {
  return store.db
    .selectFrom("figure_rows as f")
    .innerJoin("articles as a", "a.id", "f.article_id")
    .where(allOf(conditions))
    .select([...articleColumns, "f.idx", "f.value", "f.unit", "f.what", "f.qualifier", "f.source"])
    .select("f.evidence");
}

function figureRow(r: FigureRecordRow, names: EntityNames) {
  return {
    value: Number(r.value),
    unit: r.unit,
    what: r.what,
    qualifier: r.qualifier,
    source: names.name(r.id, r.source),
    evidence: evidence(r, `figure:${r.idx}`, r.evidence),
  };
}

export function listFigures(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = searchConditions(store, filters);
  if (filters.type) conditions.push(sql<SqlBool>`f.what = ${filters.type}`);
  const query = figureQuery(store, conditions);
  return pageOf(store, { name: "figures", filters, paging, memo }, query, "f.idx", FIGURES);
}
