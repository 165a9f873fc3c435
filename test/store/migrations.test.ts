// Migration 0004, the indexes of the API's newest-first lists: on both stores; a store whose older
// server made api_articles_newest itself upgrades cleanly; SQLite reads the unnamed-source page off
// the partial index (the filter is written as the index is, or SQLite passes the index by).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { CompiledQuery, Kysely, type Migration, Migrator, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { claimConditions, claimQuery } from "../../src/api/queries.ts";
import { migrationsFor } from "../../src/store/migrations.ts";
import { openStore } from "../../src/store/open.ts";
import { STORE_KINDS } from "./stores.ts";

const LIST_INDEXES = [
  "api_articles_newest",
  "articles_outlet_newest",
  "claim_rows_unnamed",
  "entity_rows_article",
  "event_rows_article",
];

describe.each(STORE_KINDS)("list indexes on the $name store", (kind) => {
  it("are made by the store's migrations", async () => {
    const { store, cleanup } = await kind.open();
    try {
      const query =
        store.dialect === "sqlite"
          ? sql<{ name: string }>`select name from sqlite_master where type = 'index'`
          : sql<{
              name: string;
            }>`select indexname as name from pg_indexes where schemaname = current_schema()`;
      const names = (await query.execute(store.db)).rows.map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(LIST_INDEXES));
    } finally {
      await cleanup();
    }
  });
});

describe("an SQLite store from before migration 0004", () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-migrate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("upgrades with the index its server made, and reads unnamed sources off the partial index", async () => {
    const old = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new SQLite(join(dir, "parley.sqlite")) }),
    });
    const before = Object.entries(migrationsFor("sqlite")).filter(([name]) => name < "0004");
    await upTo(old, Object.fromEntries(before));
    await sql`create index if not exists api_articles_newest on articles (is_current, published, id, duplicate_of)`.execute(
      old,
    );
    await old.destroy();

    const store = await openStore({ dir });
    try {
      const page = claimQuery(store, claimConditions(store, { source: "unnamed", outlet: "Wire" })).compile();
      const plan = await store.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${page.sql}`, [...page.parameters]),
      );
      const details = plan.rows.map((r) => r.detail).join("\n");
      expect(details).toContain("claim_rows_unnamed");
      expect(details).toContain("articles_outlet_newest");
    } finally {
      await store.close();
    }
  });
});

async function upTo(db: Kysely<unknown>, migrations: Record<string, Migration>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
