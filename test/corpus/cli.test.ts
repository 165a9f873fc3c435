// report, export and query on both stores, through the command functions (in process).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runExport } from "../../src/cli/export.ts";
import { runQuery } from "../../src/cli/query.ts";
import { runReport } from "../../src/cli/report.ts";
import { ingestPaths } from "../../src/store/ingest.ts";
import { dropSchema, openStore, type StoreOptions } from "../../src/store/open.ts";
import { inlineAnalyzer } from "../../src/worker/pool.ts";
import { GRAIN_CORRIDOR, HARBOR_TALKS, RIVER_TRUCE, writeFiles } from "../store/fixtures.ts";
import { PG_URL, uniqueName } from "../store/stores.ts";

const WIRE = (outlet: string, day: string) =>
  JSON.stringify({
    text: HARBOR_TALKS,
    title: null,
    url: `https://${outlet.toLowerCase()}.example/harbor`,
    outlet,
    published: `2024-02-${day}`,
  });

const KINDS: { name: string; options: () => StoreOptions; env: () => Record<string, string> }[] = [
  { name: "sqlite", options: () => ({ dir: sqliteDir }), env: () => ({ DATABASE_URL: "" }) },
  {
    name: "postgres",
    options: () => ({ url: PG_URL, schema }),
    env: () => ({ DATABASE_URL: PG_URL, PARLEY_PG_SCHEMA: schema }),
  },
];
const sqliteDir = mkdtempSync(join(tmpdir(), "parley-cli-"));
const schema = uniqueName("parley_cli");
const out = mkdtempSync(join(tmpdir(), "parley-out-"));

afterAll(async () => {
  rmSync(sqliteDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  await dropSchema(PG_URL, schema);
});

async function captured(run: () => Promise<number>): Promise<{ code: number; text: string }> {
  let text = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    text += String(chunk);
    return true;
  });
  try {
    return { code: await run(), text };
  } finally {
    spy.mockRestore();
  }
}

describe.each(KINDS)("report, export and query on the $name store", (kind) => {
  beforeAll(async () => {
    const input = writeFiles({
      "wire.jsonl": [
        WIRE("Ledger", "01"),
        WIRE("Post", "02").replace("Valletta on Tuesday", "Valletta late on Tuesday"),
      ].join("\n"),
      "truce.txt": RIVER_TRUCE,
      "grain.txt": GRAIN_CORRIDOR,
    });
    const store = await openStore(kind.options());
    await ingestPaths(store, [input], { analyzer: inlineAnalyzer });
    await store.close();
    rmSync(input, { recursive: true, force: true });
    for (const [k, v] of Object.entries(kind.env())) vi.stubEnv(k, v);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
  const db = sqliteDir;

  it.each(["md", "html", "terminal"])("writes the report as %s", async (format) => {
    const file = join(out, `${kind.name}.${format}`);
    expect(await runReport({ db, format, out: file })).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("Outlet comparison");
    expect(text).toContain("Ledger");
    if (format === "html") {
      expect(text).toMatch(/^<!doctype html>/);
      expect(text).not.toMatch(/<script|<link|src=/);
    }
    if (format === "md") expect(text).toMatch(/^# Negotiation record/);
  });

  it("answers a second report from the cache with the same text", async () => {
    const a = join(out, `${kind.name}-a.md`);
    const b = join(out, `${kind.name}-b.md`);
    await runReport({ db, format: "md", out: a });
    await runReport({ db, format: "md", out: b, cache: false });
    expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
  });

  it.each([
    [
      "jsonl",
      (t: string) =>
        t.trim().split("\n").length === 4 && JSON.parse(t.split("\n")[0]).record.format === "parley.analysis",
    ],
    ["csv", (t: string) => t.startsWith("claim,article,outlet")],
    ["graphml", (t: string) => t.includes("<graphml") && t.includes("</graphml>")],
    [
      "plover",
      (t: string) =>
        t === "" ||
        t
          .split("\n")
          .filter(Boolean)
          .every((l) => "event_type" in JSON.parse(l)),
    ],
  ])("exports %s", async (format, check) => {
    const file = join(out, `${kind.name}-export.${format}`);
    expect(await runExport({ db, format, out: file })).toBe(0);
    expect(check(readFileSync(file, "utf8"))).toBe(true);
  });

  it("rejects an unknown export format or table", async () => {
    expect(await runExport({ db, format: "xml" })).toBe(2);
    expect(await runExport({ db, format: "csv", table: "nothing" })).toBe(2);
  });

  it("queries claims by full-text search and entities by name", async () => {
    const claims = await captured(() => runQuery("claims", { db, text: "detainees", json: true }));
    expect(claims.code).toBe(0);
    const found = JSON.parse(claims.text) as { text: string; outlets: string[] }[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => /detainees/i.test(c.text))).toBe(true);
    const none = await captured(() => runQuery("claims", { db, text: "submarine", json: true }));
    expect(JSON.parse(none.text)).toEqual([]);
    const entities = await captured(() => runQuery("entities", { db, name: "zzz-nobody", json: true }));
    expect(JSON.parse(entities.text)).toEqual([]);
    expect(await runQuery("nonsense", { db })).toBe(2);
  });
});
