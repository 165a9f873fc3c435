// Holds the mentions stage to the hand annotations in ../shared/gold, read at test time: every gold
// person's titles must be among the titles extracted for it, and every required gold entity must be
// found with its type, in one piece. Skipped when the shared data is absent.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entity } from "../../../src/layers.ts";
import { mentionsOf, titleKey } from "./helpers.ts";

const shared = process.env.PARLEY_SHARED ?? join(import.meta.dirname, "../../../../shared");
const goldDir = join(shared, "gold");
const seedsDir = join(shared, "seeds");

interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  titles?: string[];
  optional?: boolean;
}

const nameKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !["the", "a", "an"].includes(t))
    .join(" ");

function matches(gold: GoldEntity, entity: Entity): boolean {
  const goldNames = new Set([gold.name, ...(gold.aliases ?? [])].map(nameKey));
  return [entity.name, ...entity.aliases].some((n) => goldNames.has(nameKey(n)));
}

const docs = existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith(".json")) : [];

describe.skipIf(docs.length === 0)("mentions against the shared gold", () => {
  it.each(docs)("%s: titles, types and unsplit entities", (file) => {
    const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as { entities: GoldEntity[] };
    const text = readFileSync(join(seedsDir, file.replace(/\.json$/, ".txt")), "utf8");
    const entities = mentionsOf(text).entities.filter((e) => e.type !== "other");
    const problems: string[] = [];
    for (const g of gold.entities) {
      const found = entities.filter((e) => matches(g, e));
      if (g.optional) continue;
      if (found.length !== 1) problems.push(`${g.name}: ${found.length} entities`);
      else if (found[0].type !== g.type) problems.push(`${g.name}: typed ${found[0].type}`);
      const titles = new Set(found.flatMap((e) => e.titles).map(titleKey));
      for (const title of g.titles ?? [])
        if (!titles.has(titleKey(title))) problems.push(`${g.name}: title missing: ${title}`);
    }
    for (const e of entities)
      if (!gold.entities.some((g) => matches(g, e))) problems.push(`spurious: ${e.name}`);
    expect(problems).toEqual([]);
  });
});
