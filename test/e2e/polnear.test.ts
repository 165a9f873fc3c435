// End to end on PolNeAR dev: the CLI over its texts, scored by the shared offset-based scorer.
// The floors are the bars of issue 2.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const shared = process.env.PARLEY_SHARED ?? join(root, "../shared");
const corpus = join(shared, "corpora/polnear");

let result: Record<string, { f1: number }>;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), "parley-polnear-"));
  const run = spawnSync(
    process.execPath,
    [join(root, "bin/parley.js"), "analyze", join(corpus, "text/dev"), "--out", out, "--no-progress"],
    { encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  const score = spawnSync(
    process.execPath,
    [
      join(shared, "eval/score_polnear.mjs"),
      "--gold",
      join(corpus, "polnear_dev.jsonl"),
      "--pred",
      out,
      "--json",
    ],
    { encoding: "utf8" },
  );
  expect(score.status, score.stderr).toBe(0);
  result = JSON.parse(score.stdout.slice(0, score.stdout.lastIndexOf("}") + 1)).result;
});

describe("PolNeAR dev", () => {
  it.each([
    ["tuple_speech", 0.6],
    ["content", 0.45],
  ] as const)("%s F1 ≥ %d", (measure, floor) => {
    expect(result[measure].f1).toBeGreaterThanOrEqual(floor);
  });
});
