import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleMeta } from "../../../src/ingest/meta.ts";
import { analyse } from "../helpers.ts";

// 2023-12-02 is a Saturday.
const PUBLISHED = "2023-12-02";

const dates = (text: string, published: string | null = PUBLISHED) =>
  (analyse(text, published).dates ?? []).map((d) => [d.text, d.resolved, d.certainty] as const);

describe("dates", () => {
  it.each([
    ["The talks resumed on Thursday.", [["on Thursday", "2023-11-30", "inferred"]]],
    ["Fighting resumed on Saturday morning.", [["on Saturday morning", "2023-12-02", "inferred"]]],
    ["The envoy will return next Tuesday.", [["next Tuesday", "2023-12-05", "inferred"]]],
    ["A deal is expected in the coming week.", [["in the coming week", "2023-12-04", "vague"]]],
    ["A commander was killed earlier this month.", [["earlier this month", "2023-12", "vague"]]],
    ["The war has raged since October 7.", [["since October 7", "2023-10-07", "inferred"]]],
    ["The accord was signed on 12 March 2019.", [["on 12 March 2019", "2019-03-12", "exact"]]],
    ["Envoys met on March 3, 2021, in Doha.", [["on March 3, 2021", "2021-03-03", "exact"]]],
    ["The ministers met on 4th July.", [["on 4th July", "2023-07-04", "inferred"]]],
    ["The summit is due on January 9.", [["on January 9", "2024-01-09", "inferred"]]],
    [
      "Clashes erupted between June 14 and June 20.",
      [
        ["June 14", "2023-06-14", "inferred"],
        ["June 20", "2023-06-20", "inferred"],
      ],
    ],
    ["The round held on May 16-19 ended without a deal.", [["on May 16-19", "2023-05-16", "inferred"]]],
    ["A truce began in November 2022.", [["November 2022", "2022-11", "vague"]]],
    ["The blockade began two years ago.", [["two years ago", "2021", "vague"]]],
    ["The convoy was stopped three days ago.", [["three days ago", "2023-11-29", "inferred"]]],
    ["The offer was made a few weeks ago.", [["a few weeks ago", "2023-11-11", "inferred"]]],
    ["Talks collapsed months ago.", [["months ago", null, "unresolved"]]],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it("keeps a relative date unresolved without a publication date", () => {
    expect(dates("The talks resumed on Thursday.", null)).toEqual([["on Thursday", null, "unresolved"]]);
  });

  it.each([
    ["a modal is not a month", "The talks may resume soon."],
    ["a count of days is not a date", "The truce lasted nine days."],
    ["a modal after a count is not a month", "Under the deal, no one may leave the zone."],
    ["a lower-case march is a walk", "Some 2,000 people joined the march."],
  ])("%s", (_, text) => {
    expect(dates(text)).toEqual([]);
  });

  it("reads the publication date from a Published line", () => {
    const a = analyse("Talks stall again\n\nPublished 3 May 2021\n\nThe talks resumed on Monday.");
    expect(a.meta?.published).toBe("2021-05-03");
    expect(a.meta?.origin.published).toBe("text");
    expect(a.dates?.find((d) => d.text === "on Monday")?.resolved).toBe("2021-05-03");
  });

  it("reads the publication date from a date line of its own at the top", () => {
    const a = analyse("Talks stall again\n\nMay 3, 2021\n\nThe talks resumed on Monday.");
    expect(a.document.boilerplate.map((b) => b.text)).toEqual(["May 3, 2021"]);
    expect(a.meta?.published).toBe("2021-05-03");
  });

  it("keeps a sentence that opens with a date as body text", () => {
    const body = [
      "The talks resumed on Monday.",
      "The envoy left.",
      "Aid trucks waited.",
      "Nobody spoke.",
      "The talks ended.",
    ];
    const a = analyse(`Talks stall again\n\n${body.join("\n\n")}\n\nMay 3, 2021 was the day it began.`);
    expect(a.document.boilerplate).toEqual([]);
  });

  it("takes metadata from a sidecar, flags first", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-meta-"));
    const file = join(dir, "a.txt");
    writeFileSync(file, "Text.");
    writeFileSync(
      join(dir, "a.meta.json"),
      JSON.stringify({ published: "2024-01-05", outlet: "Wire", url: "https://x.test/a" }),
    );
    const meta = articleMeta(file, { outlet: "Flagged" });
    expect(meta).toMatchObject({ published: "2024-01-05", outlet: "Flagged", url: "https://x.test/a" });
    expect(meta.origin).toEqual({ published: "sidecar", outlet: "flag", url: "sidecar" });
  });
});
