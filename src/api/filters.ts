// SQL conditions for the API filters, written once for both dialects (plain SQL that SQLite and
// PostgreSQL read the same way; values are always bound parameters, never spliced into the text).
import { type Expression, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Store } from "../store/open.ts";

export interface Filters {
  from?: string;
  to?: string;
  outlet?: string;
  party?: string;
  issue?: string;
  source?: "named" | "unnamed";
  q?: string;
  type?: string;
}

/** Articles that count: the current version of each document, wire copies left out unless asked. */
export function articleConditions(
  filters: Filters,
  options: { withDuplicates?: boolean } = {},
): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [sql<SqlBool>`a.is_current = 1`];
  if (!options.withDuplicates) conditions.push(sql<SqlBool>`a.duplicate_of is null`);
  if (filters.from) conditions.push(sql<SqlBool>`a.published >= ${filters.from}`);
  // Published may be a full timestamp: compare against the day after `to`.
  if (filters.to) conditions.push(sql<SqlBool>`a.published < ${nextDay(filters.to)}`);
  if (filters.outlet) conditions.push(sql<SqlBool>`lower(a.outlet) = ${filters.outlet.toLowerCase()}`);
  return conditions;
}

export function allOf(conditions: Expression<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length ? sql<SqlBool>`(${sql.join(conditions, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

/** Articles matching a full-text query, as a subquery on `a.id` (the store's FTS5 index or tsvector:
 * the one dialect-specific condition, as in the store's own search). The query's words are quoted
 * so that punctuation in it is never FTS syntax. */
export function fullTextCondition(store: Store, q: string): RawBuilder<SqlBool> {
  if (store.dialect === "postgres") return sql<SqlBool>`a.tsv @@ plainto_tsquery('english', ${q})`;
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  const match = words.map((w) => `"${w}"`).join(" ") || '""';
  return sql<SqlBool>`a.id in (select rowid from articles_fts where articles_fts match ${match})`;
}

/** The entity named `party` in the same article has the local id found in `column` (a JSON array or an id). */
export function partyCondition(
  party: string,
  column: RawBuilder<unknown>,
  asJsonArray: boolean,
): RawBuilder<SqlBool> {
  const name = party.toLowerCase();
  const idMatch = asJsonArray
    ? sql`${column} like '%"' || er.local_id || '"%'`
    : sql`${column} = er.local_id`;
  const textMatch = asJsonArray
    ? sql`lower(${column}) like ${`%"${escapeLike(name)}"%`} escape '\\'`
    : sql`lower(${column}) = ${name}`;
  return sql<SqlBool>`(exists (select 1 from entity_rows er where er.article_id = a.id and lower(er.name) = ${name} and ${idMatch}) or ${textMatch})`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function count(value: unknown): number {
  return Number(value ?? 0);
}
