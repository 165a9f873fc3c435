import { describe, expect, it } from "vitest";
import { clusterClaims } from "../../src/corpus/claims.ts";
import { figureConflicts } from "../../src/corpus/figures.ts";
import { buildLedger } from "../../src/corpus/ledger.ts";
import { linkEntities } from "../../src/corpus/link.ts";
import { outletProfiles } from "../../src/corpus/outlets.ts";
import { buildTimeline } from "../../src/corpus/timeline.ts";
import { type ArticleSpec, corpusOf } from "./build.ts";

const MARSH = { id: "m", name: "Lena Marsh" };
const STATEMENT = "the ferry crossings will reopen on Monday morning";

function claimsOf(specs: ArticleSpec[]) {
  const corpus = corpusOf(specs);
  return clusterClaims(corpus, linkEntities(corpus));
}

describe("claims and their provenance", () => {
  it("clusters one statement relayed by three outlets with one named origin", () => {
    const clusters = claimsOf([
      {
        outlet: "Ledger",
        published: "2023-05-01",
        entities: [MARSH],
        claims: [{ source: "m", content: STATEMENT }],
      },
      {
        outlet: "Post",
        published: "2023-05-02",
        entities: [
          { id: "x", name: "Marsh" },
          { id: "y", name: "Lena Marsh" },
        ],
        claims: [{ source: "x", content: `${STATEMENT}, she said` }],
      },
      {
        outlet: "Radio",
        published: "2023-05-02",
        entities: [MARSH],
        claims: [{ source: "m", content: STATEMENT }],
      },
      {
        outlet: "Radio",
        published: "2023-05-03",
        claims: [{ content: "fishing boats must stay in port during the storm warning" }],
      },
    ]);
    const [top, other] = clusters;
    expect(top.outlets).toEqual(["Ledger", "Post", "Radio"]);
    expect(top.origins.map((o) => [o.label, o.first.outlet])).toEqual([["Lena Marsh", "Ledger"]]);
    expect([top.independentOrigins, top.echoes]).toEqual([1, 2]);
    expect(other.origins.map((o) => o.kind)).toEqual(["outlet"]);
  });

  it("keeps unnamed sources of two articles as two independent origins", () => {
    const [cluster] = claimsOf([
      { outlet: "Ledger", claims: [{ sourceText: "a senior Norland official", content: STATEMENT }] },
      { outlet: "Post", claims: [{ sourceText: "a senior Norland official", content: STATEMENT }] },
    ]);
    expect(cluster.independentOrigins).toBe(2);
    expect(cluster.echoes).toBe(0);
  });

  it("counts a wire copy as an echo of its original, not a new origin", () => {
    const [cluster] = claimsOf([
      { outlet: "Wire", claims: [{ sourceText: "the source", content: STATEMENT }] },
      { outlet: "Post", duplicateOf: 1, claims: [{ sourceText: "the source", content: STATEMENT }] },
    ]);
    expect([cluster.independentOrigins, cluster.echoes]).toEqual([1, 1]);
  });

  it("does not cluster different statements or very short ones", () => {
    const clusters = claimsOf([
      { outlet: "A", claims: [{ content: STATEMENT }, { content: "yes" }] },
      {
        outlet: "B",
        claims: [
          { content: "the detainee exchange is postponed until after the holiday" },
          { content: "yes" },
        ],
      },
    ]);
    expect(clusters.map((c) => c.reports.length)).toEqual([1, 1]);
  });
});

describe("timeline", () => {
  const talks = (published: string, date?: string): ArticleSpec => ({
    outlet: "Ledger",
    published,
    entities: [
      { id: "n", name: "Norland", type: "place" },
      { id: "s", name: "Sudmark", type: "place" },
    ],
    events: [{ type: "talks", actors: ["n", "s"], date }],
  });

  it.each<[string, ArticleSpec[], number]>([
    ["reports a day apart are one event", [talks("2024-03-04"), talks("2024-03-05")], 1],
    ["reports years apart are never one event", [talks("2014-03-04"), talks("2024-03-04")], 2],
    [
      "an event's own date wins over the article's",
      [talks("2024-03-10", "2024-03-04"), talks("2024-03-04")],
      1,
    ],
    ["undated reports are not merged", [talks(""), talks("")], 2],
    [
      "a retrospective years later dating the event alike is another report",
      [talks("2014-03-05", "2014-03-04"), talks("2024-03-05", "2014-03-04")],
      2,
    ],
    [
      "other actors are another event",
      [talks("2024-03-04"), { ...talks("2024-03-04"), events: [{ type: "talks", actors: ["n"] }] }],
      2,
    ],
  ])("%s", (_, specs, count) => {
    const corpus = corpusOf(specs);
    expect(buildTimeline(corpus, linkEntities(corpus))).toHaveLength(count);
  });

  it("lists each merged event's sources with linked actor names", () => {
    const corpus = corpusOf([talks("2024-03-05"), talks("2024-03-04")]);
    const [event] = buildTimeline(corpus, linkEntities(corpus));
    expect(event).toMatchObject({ type: "talks", date: "2024-03-04", actors: ["Norland", "Sudmark"] });
    expect(event.sources.map((s) => s.article)).toEqual([2, 1]);
  });
});

describe("position ledger and figures", () => {
  it("flags a change of stance over time", () => {
    const party = [{ id: "h", name: "Harbor Guard", type: "organization" }];
    const corpus = corpusOf([
      {
        published: "2024-01-02",
        entities: party,
        positions: [{ party: "h", issue: "ceasefire", stance: "reject" }],
      },
      {
        published: "2024-01-09",
        entities: party,
        positions: [{ party: "h", issue: "ceasefire", stance: "reject" }],
      },
      {
        published: "2024-02-01",
        entities: party,
        positions: [{ party: "h", issue: "ceasefire", stance: "accept" }],
      },
    ]);
    const [row] = buildLedger(corpus, linkEntities(corpus));
    expect(row.party).toBe("Harbor Guard");
    expect(row.entries.map((e) => [e.stance, e.changed])).toEqual([
      ["reject", false],
      ["reject", false],
      ["accept", true],
    ]);
  });

  it("shows figures that disagree within a week, but not a count that grew over months", () => {
    const corpus = corpusOf([
      {
        outlet: "A",
        published: "2024-01-02",
        figures: [{ value: 120, what: "held", unit: "people", source: "the ministry" }],
      },
      {
        outlet: "B",
        published: "2024-01-03",
        figures: [{ value: 95, what: "held", unit: "people", source: "the monitors" }],
      },
      { outlet: "C", published: "2024-06-01", figures: [{ value: 60, what: "held", unit: "people" }] },
      { outlet: "D", published: "2024-01-03", figures: [{ value: 121, what: "released", unit: "people" }] },
    ]);
    const conflicts = figureConflicts(corpus, linkEntities(corpus));
    expect(conflicts.map((c) => [c.what, c.reports.map((r) => r.value)])).toEqual([["held", [120, 95]]]);
  });

  it("profiles outlets with their share of wire copies", () => {
    const corpus = corpusOf([{ outlet: "Wire" }, { outlet: "Post", duplicateOf: 1 }, { outlet: "Post" }]);
    expect(outletProfiles(corpus).map((p) => [p.outlet, p.articles, p.copies])).toEqual([
      ["Post", 2, 1],
      ["Wire", 1, 0],
    ]);
  });
});
