// End to end: the CLI on ../shared/seeds, scored by the shared scorer against the gold. The floors
// are the bars of issue 2 and 3 (and what has been reached since); a drop below them fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const shared = process.env.PARLEY_SHARED ?? join(root, "../shared");

const FLOORS: [measure: string, field: "f1" | "r", floor: number][] = [
  ["attribution", "f1", 0.9],
  ["attribution_via", "f1", 0.8],
  ["entity", "f1", 0.9],
  ["entity_unsplit", "f1", 0.95],
  ["events", "f1", 0.7],
  ["positions", "f1", 0.6],
  ["figures", "f1", 0.85],
  ["boilerplate", "f1", 0.95],
  ["title", "f1", 1.0],
];

let result: Record<string, { p: number; r: number; f1: number }>;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), "parley-seeds-"));
  const run = spawnSync(
    process.execPath,
    [join(root, "bin/parley.js"), "analyze", join(shared, "seeds"), "--out", out, "--no-progress"],
    {
      encoding: "utf8",
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const score = spawnSync(
    process.execPath,
    [join(shared, "eval/score.mjs"), "--gold", join(shared, "gold"), "--pred", out, "--json"],
    { encoding: "utf8" },
  );
  expect(score.status, score.stderr).toBe(0);
  result = JSON.parse(score.stdout).result;
});

describe("seed articles against the gold", () => {
  it.each(FLOORS)("%s %s ≥ %d", (measure, field, floor) => {
    expect(result[measure][field]).toBeGreaterThanOrEqual(floor);
  });
});
