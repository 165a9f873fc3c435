// Every record the analyzer writes must validate against the documented JSON Schema, and every
// span in it must be the exact slice of the article text it claims to be.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/pipeline.ts";
import { buildRecord } from "../../src/record/build.ts";
import schema from "../../src/record/schema.json" with { type: "json" };

const shared = process.env.PARLEY_SHARED ?? join(import.meta.dirname, "../../../shared");
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function articles(): [string, string][] {
  const seeds = join(shared, "seeds");
  const dev = join(shared, "corpora/polnear/text/dev");
  return [
    ...readdirSync(seeds).map((f): [string, string] => [f, readFileSync(join(seeds, f), "utf8")]),
    ...readdirSync(dev)
      .slice(0, 20)
      .map((f): [string, string] => [f, readFileSync(join(dev, f), "utf8")]),
  ];
}

/** Walks a record and yields every object that has numeric start/end and a text. */
function* spans(value: unknown): Generator<{ start: number; end: number; text: string }> {
  if (Array.isArray(value)) for (const v of value) yield* spans(v);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    // A discontinuous span's text joins its pieces; its pieces are checked through `spans`.
    const joined = Array.isArray(o.spans) && o.spans.length > 1;
    if (!joined && typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") {
      yield o as { start: number; end: number; text: string };
    }
    for (const v of Object.values(o)) yield* spans(v);
  }
}

describe("analysis records", () => {
  it.each(articles())("%s validates against the schema, spans exact", (_name, text) => {
    const record = JSON.parse(JSON.stringify(buildRecord(analyzeText(text, _name))));
    const ok = validate(record);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    for (const s of spans(record)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
