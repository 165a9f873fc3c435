// Two `parley worker` processes against the real PostgreSQL server share one queue: every queued
// article is stored exactly once, and a second enqueue of the same articles adds nothing.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { dropSchema, openStore } from "../../src/store/open.ts";
import { numberedArticle, writeFiles } from "./fixtures.ts";
import { PG_URL, uniqueName } from "./stores.ts";

const CLI = join(import.meta.dirname, "../../bin/parley.js");
const COUNT = 120;
const schema = uniqueName("parley_worker");
const env = { ...process.env, DATABASE_URL: PG_URL, PARLEY_PG_SCHEMA: schema };
const input = writeFiles(
  Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [`w${i}.txt`, numberedArticle(i)])),
);

afterAll(async () => {
  rmSync(input, { recursive: true, force: true });
  await dropSchema(PG_URL, schema);
  await dropSchema(PG_URL, `${schema}_queue`);
});

function startWorker(): { child: ChildProcess; log: () => string } {
  const child = spawn(process.execPath, [CLI, "worker", "--verbose"], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (chunk) => {
    log += String(chunk);
  });
  return { child, log: () => log };
}

it("two workers store every queued article exactly once", { timeout: 300_000 }, async () => {
  // The queue exists before the workers start: the first enqueue creates it (with nothing in it).
  const empty = writeFiles({});
  spawnSync(process.execPath, [CLI, "ingest", "--queue", empty], { env });
  rmSync(empty, { recursive: true, force: true });
  const workers = [startWorker(), startWorker()];
  const enqueue = spawnSync(process.execPath, [CLI, "ingest", "--queue", input], { env, encoding: "utf8" });
  expect(enqueue.stderr).toContain(`queued ${COUNT} articles`);

  const store = await openStore({ url: PG_URL, schema });
  const count = async () =>
    Number(
      (
        await store.db
          .selectFrom("articles")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  for (let waited = 0; (await count()) < COUNT && waited < 240_000; waited += 200)
    await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => setTimeout(r, 500));
  for (const w of workers) w.child.kill("SIGTERM");
  await Promise.all(
    workers.map((w) => new Promise((r) => (w.child.exitCode !== null ? r(null) : w.child.once("exit", r)))),
  );

  const rows = await store.db.selectFrom("articles").select(["content_hash", "doc_key"]).execute();
  await store.close();
  expect(rows).toHaveLength(COUNT);
  expect(new Set(rows.map((r) => r.content_hash)).size).toBe(COUNT);
  const perWorker = workers.map((w) => (w.log().match(/ stored /g) ?? []).length);
  console.log(`worker shares of ${COUNT} articles: ${perWorker.join(" + ")}`);
  expect(perWorker.reduce((a, b) => a + b, 0)).toBe(COUNT);

  const again = spawnSync(process.execPath, [CLI, "ingest", "--queue", input], { env, encoding: "utf8" });
  expect(again.stderr).toContain(`queued 0 articles, ${COUNT} skipped`);
});
