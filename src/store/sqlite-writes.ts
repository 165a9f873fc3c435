// The embedded store's write path: statements prepared once per connection and run row by row in
// one synchronous IMMEDIATE transaction per batch. Nothing else runs on the connection while a
// batch is written, and a kill leaves the batch either committed whole or not at all.
import type SQLite from "better-sqlite3";
import type { ArticleDigest } from "../corpus/digest.ts";
import {
  articleRow,
  BatchIndex,
  DIGEST_FIELD,
  groupIds,
  type NewArticle,
  type Rederived,
  signatureOf,
  type WriteOutcome,
} from "./batch.ts";
import { DERIVED_TABLES } from "./schema.ts";

type Statement = SQLite.Statement<unknown[]>;

interface Statements {
  currentByKey: Statement;
  bandOwners: Statement;
  signatures: Statement;
  replaced: Statement;
  band: Statement;
  fullText: Statement;
  record: Statement;
  clearDerived: Statement[];
  bumpGeneration: Statement;
  /** Inserts the row's fields, in their order, and the article id when given. */
  insert(table: string, row: object, articleId?: number): SQLite.RunResult;
  write: SQLite.Transaction<(articles: NewArticle[]) => WriteOutcome>;
  rederive: SQLite.Transaction<(articles: Rederived[]) => void>;
}

const prepared = new WeakMap<SQLite.Database, Statements>();

function statementsOf(db: SQLite.Database): Statements {
  const known = prepared.get(db);
  if (known) return known;
  // `?list` is one parameter: a JSON array of the values to match.
  const inList = (sql: string) => db.prepare(sql.replace("?list", "(select value from json_each(?))"));
  const s: Statements = {
    currentByKey: inList(
      "select id, doc_key, version from articles where is_current = 1 and doc_key in ?list",
    ),
    bandOwners: inList('select band as "key", article_id as id from article_bands where band in ?list'),
    signatures: inList("select id, minhash, duplicate_of, doc_key from articles where id in ?list"),
    replaced: db.prepare("update articles set is_current = 0 where id = ?"),
    band: db.prepare("insert into article_bands (band, article_id) values (?, ?)"),
    fullText: db.prepare("insert into articles_fts (rowid, title, text) values (?, ?, ?)"),
    record: db.prepare("update articles set record = ?, record_version = ?, framing = ? where id = ?"),
    clearDerived: DERIVED_TABLES.map((t) => db.prepare(`delete from ${t} where article_id = ?`)),
    bumpGeneration: db.prepare("update store_state set value = value + 1 where key = 'generation'"),
    insert: insertWith(db),
    write: db.transaction((articles: NewArticle[]) => writeBatch(s, articles)),
    rederive: db.transaction((articles: Rederived[]) => rederiveBatch(s, articles)),
  };
  prepared.set(db, s);
  return s;
}

/** An insert for any table, its statement prepared the first time a column list is met there. */
function insertWith(db: SQLite.Database): Statements["insert"] {
  const prepared = new Map<string, { columns: string[]; statement: Statement }[]>();
  const statementFor = (table: string, columns: string[]) => {
    const known = prepared.get(table) ?? [];
    let entry = known.find((k) => sameList(k.columns, columns));
    if (!entry) {
      const names = columns.map((c) => `"${c}"`).join(", ");
      const slots = columns.map(() => "?").join(", ");
      entry = { columns, statement: db.prepare(`insert into ${table} (${names}) values (${slots})`) };
      prepared.set(table, [...known, entry]);
    }
    return entry.statement;
  };
  return (table, row, articleId) => {
    const columns = Object.keys(row);
    const values: unknown[] = Object.values(row);
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    if (articleId !== undefined) {
      columns.push("article_id");
      values.push(articleId);
    }
    return statementFor(table, columns).run(values);
  };
}

function sameList(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function writeSqlite(db: SQLite.Database, articles: NewArticle[]): WriteOutcome {
  return statementsOf(db).write.immediate(articles);
}

export function rederiveSqlite(db: SQLite.Database, articles: Rederived[]): void {
  statementsOf(db).rederive.immediate(articles);
}

function writeBatch(s: Statements, articles: NewArticle[]): WriteOutcome {
  const index = batchIndex(s, articles);
  for (const article of articles) {
    const placement = index.place(article);
    if (placement.previous) s.replaced.run(placement.previous.id);
    const id = Number(s.insert("articles", articleRow(article, placement)).lastInsertRowid);
    index.add(article, id, placement);
    insertDerived(s, id, article.analyzed.digest);
    for (const band of article.analyzed.bands) s.band.run(band, id);
    s.fullText.run(id, article.analyzed.title ?? article.item.title, article.item.text);
  }
  s.bumpGeneration.run();
  return index.outcome;
}

function rederiveBatch(s: Statements, articles: Rederived[]): void {
  for (const { id, analyzed } of articles) {
    s.record.run(analyzed.record, analyzed.recordVersion, analyzed.digest.framing, id);
    for (const clear of s.clearDerived) clear.run(id);
    insertDerived(s, id, analyzed.digest);
  }
  s.bumpGeneration.run();
}

function insertDerived(s: Statements, id: number, digest: ArticleDigest): void {
  for (const table of DERIVED_TABLES) for (const row of digest[DIGEST_FIELD[table]]) s.insert(table, row, id);
}

function batchIndex(s: Statements, articles: NewArticle[]): BatchIndex {
  const json = (values: unknown[]) => JSON.stringify([...new Set(values)]);
  const current = s.currentByKey.all(json(articles.map((a) => a.docKey))) as {
    id: number;
    doc_key: string;
    version: number;
  }[];
  const owners = s.bandOwners.all(json(articles.flatMap((a) => a.analyzed.bands))) as {
    key: string;
    id: number;
  }[];
  const signed = s.signatures.all(json(owners.map((o) => o.id))) as {
    id: number;
    minhash: string;
    duplicate_of: number | null;
    doc_key: string;
  }[];
  return new BatchIndex(
    new Map(current.map((r) => [r.doc_key, { id: r.id, version: r.version }])),
    groupIds(owners),
    new Map(signed.map((r) => [r.id, signatureOf(r)])),
  );
}
