// Time per pipeline stage over the PolNeAR dev texts: where the analysis spends its time.
//   npx tsx bench/stages.bench.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { segmentDocument } from "../src/ingest/document.ts";
import type { Analysis } from "../src/layers.ts";
import { STAGES } from "../src/pipeline.ts";
import { buildTextModel } from "../src/text/model.ts";

const shared = process.env.PARLEY_SHARED ?? join(import.meta.dirname, "../../shared");
const dir = join(shared, "corpora/polnear/text/dev");
const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
const totals = new Map<string, number>();
const time = (name: string, run: () => void) => {
  const t0 = performance.now();
  run();
  totals.set(name, (totals.get(name) ?? 0) + performance.now() - t0);
};

for (let round = 0; round < 3; round++) {
  if (round === 1) totals.clear(); // round 0 warms up
  for (const text of texts) {
    let analysis = null as unknown as Analysis;
    time("segment+model", () => {
      const document = segmentDocument(text);
      const segments = document.title ? [document.title, ...document.paragraphs] : document.paragraphs;
      const model = buildTextModel(text, segments);
      analysis = { file: null, document, model, mentions: [], entities: [], attributions: [] } as Analysis;
    });
    for (const [name, stage] of STAGES) time(name, () => stage(analysis));
  }
}
const all = [...totals.values()].reduce((a, b) => a + b, 0);
for (const [name, ms] of totals) {
  const share = ((100 * ms) / all).toFixed(1).padStart(5);
  console.log(
    `${name.padEnd(14)} ${share}%  ${Math.round((2 * words) / (ms / 1000))
      .toLocaleString("en-US")
      .padStart(12)} words/s alone`,
  );
}
console.log(`total          ${Math.round((2 * words) / (all / 1000)).toLocaleString("en-US")} words/s`);
