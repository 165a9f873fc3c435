// A kill -9 in the middle of `parley ingest`, then a rerun: every article is stored exactly once.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { numberedArticle, writeFiles } from "./fixtures.ts";

const CLI = join(import.meta.dirname, "../../bin/parley.js");
const COUNT = 800;
const input = writeFiles(
  Object.fromEntries(
    Array.from({ length: COUNT }, (_, i) => [`a${String(i).padStart(4, "0")}.txt`, numberedArticle(i)]),
  ),
);
const dbDir = mkdtempSync(join(tmpdir(), "parley-resume-"));
const dbFile = join(dbDir, "parley.sqlite");

afterAll(() => {
  rmSync(input, { recursive: true, force: true });
  rmSync(dbDir, { recursive: true, force: true });
});

function storedCount(): number {
  if (!existsSync(dbFile)) return 0;
  const db = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select count(*) as n from articles").get() as { n: number }).n;
  } catch {
    return 0; // The tables are not created yet.
  } finally {
    db.close();
  }
}

it("resumes after kill -9 and stores each article exactly once", { timeout: 300_000 }, async () => {
  const child = spawn(process.execPath, [CLI, "ingest", input, "--db", dbDir, "--no-progress"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: "" },
  });
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  // Kill once the first batches are committed, well before the end.
  while (!exited && storedCount() < 100) await new Promise((r) => setTimeout(r, 10));
  expect(exited).toBe(false);
  child.kill("SIGKILL");
  while (!exited) await new Promise((r) => setTimeout(r, 10));
  const afterKill = storedCount();
  expect(afterKill).toBeGreaterThanOrEqual(100);
  expect(afterKill).toBeLessThan(COUNT);

  const rerun = spawnSync(process.execPath, [CLI, "ingest", input, "--db", dbDir, "--no-progress"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "" },
  });
  expect(rerun.status).toBe(0);
  expect(rerun.stderr).toContain(`${COUNT - afterKill} added`);
  expect(rerun.stderr).toContain(`${afterKill} skipped`);

  const db = new SQLite(dbFile, { readonly: true });
  const row = db
    .prepare(
      "select count(*) as n, count(distinct content_hash) as hashes, count(distinct doc_key) as keys from articles",
    )
    .get();
  const orphans = db
    .prepare("select count(*) as n from claim_rows where article_id not in (select id from articles)")
    .get();
  db.close();
  expect(row).toEqual({ n: COUNT, hashes: COUNT, keys: COUNT });
  expect(orphans).toEqual({ n: 0 });
});

it("exits non-zero and names the file when some input failed", () => {
  const dir = writeFiles({ "good.txt": numberedArticle(1), "bad.jsonl": "{oops\n" });
  const run = spawnSync(
    process.execPath,
    [CLI, "ingest", dir, "--db", join(dbDir, "second"), "--no-progress", "--threads", "0"],
    {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "" },
    },
  );
  rmSync(dir, { recursive: true, force: true });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/bad\.jsonl:1: not JSON/);
  expect(run.stderr).toContain("1 added");
  expect(run.stderr).toContain("1 failed");
});
