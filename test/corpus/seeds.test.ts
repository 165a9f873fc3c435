// The bar on the shared seed articles: each of these names is one entity across the articles that
// name it, and no description-only entity (an unnamed source) spans two articles. The seed texts
// are read from ../shared at test time, never copied into the repo.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildView, type CorpusView } from "../../src/corpus/view.ts";
import { ingestPaths } from "../../src/store/ingest.ts";
import { openStore, type Store } from "../../src/store/open.ts";
import { inlineAnalyzer } from "../../src/worker/pool.ts";

const SEEDS = join(import.meta.dirname, "../../../shared/seeds");
const NAMES: [string, string][] = [
  ["David Barnea", "Barnea"],
  ["Antony Blinken", "Blinken"],
  ["Benjamin Netanyahu", "Netanyahu"],
  ["Hamas", "Hamas"],
  ["Israel", "Israel"],
  ["Qatar", "Qatar"],
];

describe.skipIf(!existsSync(SEEDS))("entity linking on the seed articles", () => {
  let store: Store;
  let view: CorpusView;
  const dir = mkdtempSync(join(tmpdir(), "parley-seeds-"));
  beforeAll(async () => {
    store = await openStore({ dir });
    await ingestPaths(store, [SEEDS], { analyzer: inlineAnalyzer });
    view = await buildView(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(NAMES)("%s is one entity across the articles naming %s", (name, word) => {
    const naming = readdirSync(SEEDS).filter((f) =>
      readFileSync(join(SEEDS, f), "utf8").includes(word),
    ).length;
    const matches = view.index.entities.filter((e) => e.name === name);
    expect(matches.length).toBeLessThanOrEqual(1);
    // Nothing else under the same bare name: "Netanyahu" alone must have joined the full name.
    const strays = view.index.entities.filter(
      (e) => e.name !== name && (e.name === word || e.aliases.includes(name)) && e.type === matches[0]?.type,
    );
    expect(strays.map((e) => e.name)).toEqual([]);
    if (matches.length) expect(matches[0].articles.length).toBe(naming);
  });

  it("never joins description-only entities (unnamed sources) of different articles", () => {
    const spanning = view.index.entities.filter((e) => !e.named && e.articles.length > 1);
    expect(spanning.map((e) => e.name)).toEqual([]);
  });
});
