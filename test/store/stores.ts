// Both stores for table-driven tests: a fresh embedded store in a temporary folder, and a fresh
// schema on the PostgreSQL server (127.0.0.1:5432 in CI), dropped afterwards so runs never collide.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, openStore, type Store } from "../../src/store/open.ts";

export const PG_URL = process.env.PARLEY_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface StoreKind {
  name: "sqlite" | "postgres";
  open(): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export const STORE_KINDS: StoreKind[] = [
  {
    name: "sqlite",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "parley-store-"));
      const store = await openStore({ dir });
      return {
        store,
        cleanup: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "postgres",
    async open() {
      const schema = uniqueName("parley_test");
      const store = await openStore({ url: PG_URL, schema });
      return {
        store,
        cleanup: async () => {
          await store.close();
          await dropSchema(PG_URL, schema);
        },
      };
    },
  },
];
