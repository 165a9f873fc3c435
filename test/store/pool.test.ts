// The analysis pool: what comes back from a worker thread is what the calling thread would compute.
import { afterAll, expect, it } from "vitest";
import { analyzeArticle } from "../../src/worker/analyze.ts";
import { createPool } from "../../src/worker/pool.ts";
import { GRAIN_CORRIDOR, HARBOR_TALKS, RIVER_TRUCE } from "./fixtures.ts";

const pool = createPool(2, { measure: true });
afterAll(() => pool.close());

it(
  "returns the analysis the calling thread would make, for each text sent",
  { timeout: 60_000 },
  async () => {
    const texts = [HARBOR_TALKS, RIVER_TRUCE, GRAIN_CORRIDOR];
    const results = await Promise.all(texts.map((text, i) => pool.analyze(text, `story-${i}.txt`)));
    results.forEach((result, i) => {
      expect(result).toEqual(analyzeArticle(texts[i], `story-${i}.txt`));
    });
  },
);

it(
  "tells each thread's usage, with the CPU time where the system gives it",
  { timeout: 60_000 },
  async () => {
    const usage = await pool.usage();
    expect(usage).toHaveLength(2);
    for (const u of usage) {
      expect(u.pipelineMs).toBeGreaterThanOrEqual(0);
      expect(u.packagingMs).toBeGreaterThanOrEqual(0);
      if (process.platform === "linux") expect(u.cpuMs).toBeGreaterThan(0);
    }
  },
);
