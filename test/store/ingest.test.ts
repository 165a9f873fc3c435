import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RECORD_VERSION } from "../../src/record/build.ts";
import { ingestPaths } from "../../src/store/ingest.ts";
import { type Store, searchArticleIds } from "../../src/store/open.ts";
import { inlineAnalyzer } from "../../src/worker/pool.ts";
import { GRAIN_CORRIDOR, HARBOR_TALKS, RIVER_TRUCE, writeFiles } from "./fixtures.ts";
import { STORE_KINDS } from "./stores.ts";

const ingest = (store: Store, paths: string[]) => ingestPaths(store, paths, { analyzer: inlineAnalyzer });

describe.each(STORE_KINDS)("ingest into the $name store", (kind) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let dir: string;
  beforeEach(async () => {
    ({ store, cleanup } = await kind.open());
  });
  afterEach(async () => {
    await cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const articles = () => store.db.selectFrom("articles").selectAll().orderBy("id").execute();

  it("stores the same article once, however often it is ingested", async () => {
    dir = writeFiles({ "a.txt": HARBOR_TALKS, "copy/a-again.txt": HARBOR_TALKS, "b.txt": RIVER_TRUCE });
    const first = await ingest(store, [dir]);
    expect(first).toMatchObject({ added: 2, skipped: 1, failed: 0 });
    const second = await ingest(store, [dir]);
    expect(second).toMatchObject({ added: 0, skipped: 3, failed: 0 });
    expect((await articles()).map((a) => a.title)).toEqual([
      "Harbor talks resume in Valletta",
      "River truce holds for a third day",
    ]);
  });

  it("keeps a changed article at the same path as a new version linked to the old", async () => {
    dir = writeFiles({ "story.txt": HARBOR_TALKS });
    await ingest(store, [dir]);
    writeFileSync(
      join(dir, "story.txt"),
      `${HARBOR_TALKS}\n\nThe next round is set for Friday, officials said.`,
    );
    const summary = await ingest(store, [dir]);
    expect(summary).toMatchObject({ added: 1, versions: 1 });
    const [old, fresh] = await articles();
    expect(fresh).toMatchObject({ version: 2, previous_id: old.id, is_current: 1, doc_key: old.doc_key });
    expect(old.is_current).toBe(0);
  });

  it("links a near-duplicate (a wire copy with a new last line) to the first article", async () => {
    const wire = `${RIVER_TRUCE}\n\nObservers said the next report is due on Sunday evening after the patrols end.`;
    dir = writeFiles({
      "one.jsonl": `${JSON.stringify({ text: wire, url: "https://one.example/truce", outlet: "One" })}\n`,
      "two.jsonl": `${JSON.stringify({ text: `${wire} Reporting by the river desk.`, url: "https://two.example/truce", outlet: "Two" })}\n`,
      "three.txt": GRAIN_CORRIDOR,
    });
    const summary = await ingest(store, [dir]);
    expect(summary).toMatchObject({ added: 3, duplicates: 1 });
    const rows = await articles();
    const one = rows.find((r) => r.outlet === "One");
    expect(rows.find((r) => r.outlet === "Two")?.duplicate_of).toBe(one?.id);
    expect(rows.find((r) => r.format === "text")?.duplicate_of).toBeNull();
  });

  it("re-derives records made by another analysis version", async () => {
    dir = writeFiles({ "a.txt": HARBOR_TALKS, "b.txt": GRAIN_CORRIDOR });
    await ingest(store, [dir]);
    await store.db.updateTable("articles").set({ record_version: "0.0.1", record: "{}" }).execute();
    const summary = await ingest(store, [join(dir, "a.txt")]);
    // a.txt is re-derived as it is met; b.txt, not among the paths, in the pass over stale records.
    expect(summary).toMatchObject({ added: 0, rederived: 2 });
    for (const row of await articles()) {
      expect(row.record_version).toBe(RECORD_VERSION);
      expect(JSON.parse(row.record).version).toBe(RECORD_VERSION);
    }
  });

  it("finds articles by full-text search", async () => {
    dir = writeFiles({ "a.txt": HARBOR_TALKS, "b.txt": GRAIN_CORRIDOR });
    await ingest(store, [dir]);
    const ids = await searchArticleIds(store, "grain ships");
    const rows = await articles();
    expect(ids).toEqual([rows.find((r) => r.title?.startsWith("Grain"))?.id]);
    expect(await searchArticleIds(store, "submarine")).toEqual([]);
  });

  it("reports bad input with file and line, skips it and stores the rest", async () => {
    dir = writeFiles({
      "broken.html": "\u0000\u0001\u0002 binary junk",
      "empty-page.html": "<html><body><script>var x = 1;</script></body></html>",
      "good.html": `<html><head><title>Page</title></head><body><article><h1>Grain corridor reopens</h1><p>${GRAIN_CORRIDOR.split("\n")[2]}</p><p>${GRAIN_CORRIDOR.split("\n")[4]}</p></article></body></html>`,
      "broken.xml":
        '<rss version="2.0">\n<channel>\n<title>Desk</title>\n<item><title>A</title><link>x</lin></item>\n</channel></rss>',
      "lines.jsonl": [
        JSON.stringify({ text: HARBOR_TALKS }),
        "{not json",
        JSON.stringify({ title: "no text" }),
        JSON.stringify({ text: RIVER_TRUCE }),
      ].join("\n"),
    });
    const summary = await ingest(store, [dir]);
    expect(summary.added).toBe(3);
    expect(summary.failed).toBe(5);
    const where = summary.problems.map((p) => `${p.file.slice(dir.length + 1)}:${p.line ?? "-"}`).sort();
    expect(where).toEqual([
      "broken.html:-",
      "broken.xml:4",
      "empty-page.html:-",
      "lines.jsonl:2",
      "lines.jsonl:3",
    ]);
  });
});
