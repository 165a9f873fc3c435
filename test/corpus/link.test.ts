import { describe, expect, it } from "vitest";
import { type AliasFile, linkEntities } from "../../src/corpus/link.ts";
import { type ArticleSpec, corpusOf } from "./build.ts";

/** The linked entities as sorted lists of "article:local" members. */
function groups(specs: ArticleSpec[], aliases?: AliasFile): string[][] {
  const corpus = corpusOf(specs);
  const index = linkEntities(corpus, aliases);
  const byEntity = new Map<string, string[]>();
  for (const row of corpus.entities) {
    const entity = index.resolve(row.article_id, row.local_id);
    const list = byEntity.get(entity?.id ?? "?") ?? [];
    list.push(`${row.article_id}:${row.local_id}`);
    byEntity.set(entity?.id ?? "?", list);
  }
  return [...byEntity.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

describe("entity linking across articles", () => {
  it.each<[string, ArticleSpec[], string[][], AliasFile?]>([
    [
      "full name, surname and a unique title are one person",
      [
        { entities: [{ id: "p", name: "Lena Marsh", titles: ["the port authority chief"] }] },
        { entities: [{ id: "q", name: "Marsh" }] },
        { entities: [{ id: "r", name: "port authority chief", kinds: ["title"] }] },
      ],
      [["1:p", "2:q", "3:r"]],
    ],
    [
      "a surname shared by two full names stays apart from both",
      [
        { entities: [{ id: "a", name: "Oskar Dahl" }] },
        { entities: [{ id: "b", name: "Greta Dahl" }] },
        { entities: [{ id: "c", name: "Dahl" }] },
      ],
      [["1:a"], ["2:b"], ["3:c"]],
    ],
    [
      "two articles' unnamed officials are never one person",
      [
        { entities: [{ id: "u", name: "a senior Norland official", kinds: ["description"] }] },
        { entities: [{ id: "v", name: "a senior Norland official", kinds: ["description"] }] },
      ],
      [["1:u"], ["2:v"]],
    ],
    [
      '"the source" in two articles is two sources, even with a named person titled "source"',
      [
        { entities: [{ id: "s", name: "the source", kinds: ["description"] }] },
        { entities: [{ id: "t", name: "the source", kinds: ["description"] }] },
      ],
      [["1:s"], ["2:t"]],
    ],
    [
      "organizations and places by name, with or without the article",
      [
        {
          entities: [
            { id: "o", name: "the Harbor Guard", type: "organization" },
            { id: "n", name: "Norland", type: "place" },
          ],
        },
        {
          entities: [
            { id: "o2", name: "Harbor Guard", type: "organization" },
            { id: "n2", name: "Norland", type: "organization" },
          ],
        },
      ],
      [
        ["1:n", "2:n2"],
        ["1:o", "2:o2"],
      ],
    ],
    [
      "a person and an organization with the same name are not joined",
      [
        { entities: [{ id: "p", name: "Vessa", type: "person" }] },
        { entities: [{ id: "o", name: "Vessa", type: "organization" }] },
      ],
      [["1:p"], ["2:o"]],
    ],
    [
      "the alias file merges a nickname",
      [{ entities: [{ id: "a", name: "Bartholomew Krane" }] }, { entities: [{ id: "b", name: "Barty" }] }],
      [["1:a", "2:b"]],
      { merge: [["Bartholomew Krane", "Barty"]] },
    ],
    [
      "the alias file splits two bodies that share an alias",
      [
        { entities: [{ id: "a", name: "Delta Council", type: "organization", aliases: ["the Council"] }] },
        { entities: [{ id: "b", name: "Council", type: "organization" }] },
        { entities: [{ id: "c", name: "Delta Council", type: "organization" }] },
      ],
      [["1:a", "3:c"], ["2:b"]],
      { split: [["Delta Council", "Council"]] },
    ],
  ])("%s", (_, specs, expected, aliases) => {
    expect(groups(specs, aliases)).toEqual(expected);
  });

  it("names the entity by its fullest name and counts a wire copy with its original", () => {
    const corpus = corpusOf([
      { entities: [{ id: "a", name: "Marsh" }] },
      { entities: [{ id: "b", name: "Lena Marsh" }] },
      { duplicateOf: 2, entities: [{ id: "c", name: "Lena Marsh" }] },
    ]);
    const [entity] = linkEntities(corpus).entities;
    expect(entity).toMatchObject({
      id: "person:lena-marsh",
      name: "Lena Marsh",
      articles: [1, 2],
      aliases: ["Marsh"],
    });
  });
});
