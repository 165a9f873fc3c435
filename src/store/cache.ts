// Whole-corpus views (report sections) cached in the store for one generation: any committed write
// moves the generation on, so a cached view is never served stale, and an unchanged store answers
// `parley report` without recomputing the cross-article layer.
import { storeGeneration } from "./articles.ts";
import type { Store } from "./open.ts";

export async function cachedView<T>(store: Store, name: string, compute: () => Promise<T>): Promise<T> {
  const generation = await storeGeneration(store.db);
  const hit = await store.db
    .selectFrom("view_cache")
    .select(["generation", "body"])
    .where("name", "=", name)
    .executeTakeFirst();
  if (hit && Number(hit.generation) === generation) return JSON.parse(hit.body) as T;
  const value = await compute();
  const body = JSON.stringify(value);
  await store.db
    .insertInto("view_cache")
    .values({ name, generation, body })
    .onConflict((oc) => oc.column("name").doUpdateSet({ generation, body }))
    .execute();
  return value;
}
