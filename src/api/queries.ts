// The API's list queries over the store (issue-4 schema), one Kysely query layer for both dialects.
// Rows name entities by article-local ids; `EntityNames` turns them into names for one page of rows.
import { type RawBuilder, type SqlBool, sql } from "kysely";
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

/** Counting every matching row is the slow part of a page: it is memoised per filter set. */
function totalOf(memo: Memo, key: string, filters: Filters, count: () => Promise<number>): Promise<number> {
  return memo(`total:${key}:${JSON.stringify(filters)}`, count);
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

/** Names of article-local entity ids, loaded for the articles of one page of rows. */
export class EntityNames {
  private constructor(private readonly names: Map<string, string>) {}

  /** Names for the given articles; with `refs`, only those local ids (a page names few of them). */
  static async load(store: Store, articleIds: number[], refs?: (string | null)[]): Promise<EntityNames> {
    const names = new Map<string, string>();
    const unique = [...new Set(articleIds)];
    const wanted = refs ? [...new Set(refs.filter((r): r is string => !!r))] : null;
    if (wanted && !wanted.length) return new EntityNames(names);
    for (let i = 0; i < unique.length; i += 500) {
      let query = store.db
        .selectFrom("entity_rows")
        .select(["article_id", "local_id", "name"])
        .where("article_id", "in", unique.slice(i, i + 500));
      if (wanted) query = query.where("local_id", "in", wanted.slice(0, 1000));
      for (const r of await query.execute()) names.set(`${r.article_id}:${r.local_id}`, r.name);
    }
    return new EntityNames(names);
  }

  /** The entity's name, or the value itself when it is surface text rather than an id. */
  name(articleId: number, idOrText: string | null): string | null {
    if (idOrText === null) return null;
    return this.names.get(`${articleId}:${idOrText}`) ?? idOrText;
  }
}

async function conditionsWithSearch(store: Store, filters: Filters): Promise<RawBuilder<SqlBool>[]> {
  const conditions = articleConditions(filters);
  if (filters.q) conditions.push(fullTextCondition(store, filters.q));
  return conditions;
}

const articleColumns = ["a.id", "a.title", "a.outlet", "a.published"] as const;

export async function listArticles(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = articleConditions(filters, { withDuplicates: true });
  if (filters.q) conditions.push(fullTextCondition(store, filters.q));
  const base = store.db.selectFrom("articles as a").where(allOf(conditions));
  const total = await totalOf(memo, "articles", filters, async () => {
    const [row] = await base.select(sql<number>`count(*)`.as("total")).execute();
    return count(row.total);
  });
  const rows = await base
    .select([...articleColumns, "a.url", "a.word_count", "a.version", "a.duplicate_of"])
    .orderBy(newestFirst(store))
    .limit(paging.limit)
    .offset(paging.offset)
    .execute();
  return { total, ...paging, items: rows.map(articleSummary) };
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

/** Entities grouped by name and type over every matching article: memoised per filter set, paged in memory. */
export async function listEntities(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const groups = await memo(`entities:${JSON.stringify(filters)}`, () => entityGroups(store, filters));
  const page = groups.slice(paging.offset, paging.offset + paging.limit);
  return { total: groups.length, ...paging, items: await withEntityEvidence(store, page) };
}

async function entityGroups(store: Store, filters: Filters): Promise<EntityGroup[]> {
  const conditions = await conditionsWithSearch(store, filters);
  if (filters.type) conditions.push(sql<SqlBool>`e.type = ${filters.type}`);
  if (filters.party) conditions.push(sql<SqlBool>`lower(e.name) = ${filters.party.toLowerCase()}`);
  const rows = await store.db
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
    ])
    .execute();
  return rows
    .map((r) => ({
      ...r,
      articles: count(r.articles),
      mentions: count(r.mentions),
      first_article: count(r.first_article),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

interface EntityGroup {
  name: string;
  type: string;
  subtype: string | null;
  articles: number;
  mentions: number;
  first_article: number;
}

/** Titles and an evidence link (the entity in its first article) for one page of entity groups. */
export async function withEntityEvidence(store: Store, groups: EntityGroup[]) {
  if (!groups.length) return [];
  const firstIds = [...new Set(groups.map((g) => Number(g.first_article)))];
  const rows = await store.db
    .selectFrom("entity_rows as e")
    .innerJoin("articles as a", "a.id", "e.article_id")
    .select([...articleColumns, "e.local_id", "e.name", "e.type", "e.titles"])
    .where("e.article_id", "in", firstIds)
    .where(
      sql<SqlBool>`lower(e.name) in (${sql.join([...new Set(groups.map((g) => g.name.toLowerCase()))])})`,
    )
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.id}:${r.name.toLowerCase()}:${r.type}`, r]));
  return groups.map((g) => {
    const row = byKey.get(`${g.first_article}:${g.name.toLowerCase()}:${g.type}`);
    return {
      name: g.name,
      type: g.type,
      subtype: g.subtype,
      articles: count(g.articles),
      mentions: count(g.mentions),
      titles: row ? (JSON.parse(row.titles) as string[]).slice(0, 5) : [],
      evidence: row
        ? evidence(row, `entity:${row.local_id}`, g.name)
        : {
            article: Number(g.first_article),
            item: "",
            title: null,
            outlet: null,
            published: null,
            text: g.name,
          },
    };
  });
}

export async function listAttributions(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = await conditionsWithSearch(store, filters);
  if (filters.source) conditions.push(filters.source === "named" ? NAMED_SOURCE : UNNAMED_SOURCE);
  if (filters.party) {
    conditions.push(
      sql<SqlBool>`(${partyCondition(filters.party, sql.ref("c.source_entity"), false)} or ${partyCondition(filters.party, sql.ref("c.affiliation"), false)})`,
    );
  }
  const base = store.db
    .selectFrom("claim_rows as c")
    .innerJoin("articles as a", "a.id", "c.article_id")
    .where(allOf(conditions));
  const total = await totalOf(memo, "attributions", filters, async () => {
    const [row] = await base.select(sql<number>`count(*)`.as("total")).execute();
    return count(row.total);
  });
  const rows = await base
    .select([
      ...articleColumns,
      "c.local_id",
      "c.source_entity",
      "c.source_text",
      "c.source_kind",
      "c.anonymous",
    ])
    .select(["c.descriptor", "c.affiliation", "c.cue", "c.kind", "c.content", "c.via"])
    .orderBy(newestFirst(store))
    .orderBy("c.start")
    .limit(paging.limit)
    .offset(paging.offset)
    .execute();
  const names = await EntityNames.load(
    store,
    rows.map((r) => r.id),
  );
  return { total, ...paging, items: rows.map((r) => attributionRow(r, names)) };
}

export interface ClaimRecordRow extends ArticleInfo {
  local_id: string;
  source_entity: string | null;
  source_text: string | null;
  source_kind: string | null;
  anonymous: number;
  descriptor: string | null;
  affiliation: string | null;
  cue: string | null;
  kind: string;
  content: string;
  via: string;
}

/** Named: a named source, or a pronoun resolved to one; documents ("the report") are neither kind. */
function isNamed(r: { anonymous: number; source_kind: string | null }): boolean {
  return !r.anonymous && (r.source_kind === "named" || r.source_kind === "pronoun");
}

export const NAMED_SOURCE = sql<SqlBool>`(c.anonymous = 0 and c.source_kind in ('named', 'pronoun'))`;
export const UNNAMED_SOURCE = sql<SqlBool>`(c.anonymous = 1 or c.source_kind = 'unnamed')`;

export function attributionRow(r: ClaimRecordRow, names: EntityNames) {
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

export async function listEvents(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = await conditionsWithSearch(store, filters);
  if (filters.type) conditions.push(sql<SqlBool>`ev.type = ${filters.type}`);
  if (filters.party) conditions.push(partyCondition(filters.party, sql.ref("ev.actors"), true));
  const base = store.db
    .selectFrom("event_rows as ev")
    .innerJoin("articles as a", "a.id", "ev.article_id")
    .where(allOf(conditions));
  const total = await totalOf(memo, "events", filters, async () => {
    const [row] = await base.select(sql<number>`count(*)`.as("total")).execute();
    return count(row.total);
  });
  const rows = await base
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
    .orderBy(newestFirst(store))
    .orderBy("ev.idx")
    .limit(paging.limit)
    .offset(paging.offset)
    .execute();
  const names = await EntityNames.load(
    store,
    rows.map((r) => r.id),
  );
  return { total, ...paging, items: rows.map((r) => eventRow(r, names)) };
}

export interface EventRecordRow extends ArticleInfo {
  idx: number;
  type: string;
  status: string | null;
  actors: string;
  place: string | null;
  date: string | null;
  evidence: string;
}

export function eventRow(r: EventRecordRow, names: EntityNames) {
  return {
    type: r.type,
    status: r.status,
    actors: (JSON.parse(r.actors) as string[]).map((a) => names.name(r.id, a) ?? a),
    place: names.name(r.id, r.place),
    date: r.date ?? r.published,
    evidence: evidence(r, `event:${r.idx}`, r.evidence),
  };
}

export async function listPositions(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = await conditionsWithSearch(store, filters);
  if (filters.issue) conditions.push(sql<SqlBool>`p.issue = ${filters.issue}`);
  if (filters.party) conditions.push(partyCondition(filters.party, sql.ref("p.party"), false));
  const base = store.db
    .selectFrom("position_rows as p")
    .innerJoin("articles as a", "a.id", "p.article_id")
    .where(allOf(conditions));
  const total = await totalOf(memo, "positions", filters, async () => {
    const [row] = await base.select(sql<number>`count(*)`.as("total")).execute();
    return count(row.total);
  });
  const rows = await base
    .select([...articleColumns, "p.idx", "p.party", "p.issue", "p.stance", "p.according_to", "p.evidence"])
    .orderBy(newestFirst(store))
    .orderBy("p.idx")
    .limit(paging.limit)
    .offset(paging.offset)
    .execute();
  const names = await EntityNames.load(
    store,
    rows.map((r) => r.id),
  );
  return { total, ...paging, items: rows.map((r) => positionRow(r, names)) };
}

export interface PositionRecordRow extends ArticleInfo {
  idx: number;
  party: string;
  issue: string;
  stance: string;
  according_to: string | null;
  evidence: string;
}

export function positionRow(r: PositionRecordRow, names: EntityNames) {
  return {
    party: names.name(r.id, r.party) ?? r.party,
    issue: r.issue,
    stance: r.stance,
    accordingTo: names.name(r.id, r.according_to),
    date: r.published,
    evidence: evidence(r, `position:${r.idx}`, r.evidence),
  };
}

export async function listFigures(store: Store, filters: Filters, paging: Paging, memo: Memo = noMemo) {
  const conditions = await conditionsWithSearch(store, filters);
  if (filters.type) conditions.push(sql<SqlBool>`f.what = ${filters.type}`);
  const base = store.db
    .selectFrom("figure_rows as f")
    .innerJoin("articles as a", "a.id", "f.article_id")
    .where(allOf(conditions));
  const total = await totalOf(memo, "figures", filters, async () => {
    const [row] = await base.select(sql<number>`count(*)`.as("total")).execute();
    return count(row.total);
  });
  const rows = await base
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
    .orderBy(newestFirst(store))
    .orderBy("f.idx")
    .limit(paging.limit)
    .offset(paging.offset)
    .execute();
  const names = await EntityNames.load(
    store,
    rows.map((r) => r.id),
  );
  return { total, ...paging, items: rows.map((r) => figureRow(r, names)) };
}

export interface FigureRecordRow extends ArticleInfo {
  idx: number;
  value: number;
  unit: string | null;
  what: string | null;
  qualifier: string | null;
  source: string | null;
  evidence: string;
}

export function figureRow(r: FigureRecordRow, names: EntityNames) {
  return {
    value: Number(r.value),
    unit: r.unit,
    what: r.what,
    qualifier: r.qualifier,
    source: names.name(r.id, r.source),
    evidence: evidence(r, `figure:${r.idx}`, r.evidence),
  };
}
