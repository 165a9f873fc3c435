import { describe, expect, it } from "vitest";
import { analyse } from "../helpers.ts";

describe("framing", () => {
  it("finds names in scare quotes and terms in quotes", () => {
    const f = analyse("The ‘Israeli’ army said the ‘pause’ had ended.").framing;
    expect(f?.scareQuotes.map((q) => [q.text, q.rule])).toEqual([
      ["Israeli", "fr.scare.name"],
      ["pause", "fr.scare.term"],
    ]);
  });

  it("lists labels used for an actor", () => {
    const f = analyse("The Abu Sayyaf terror group released two hostages on Sunday.").framing;
    expect(f?.labels.map((l) => l.text)).toContain("terror group");
  });

  it.each([
    ["an unsourced judgement is the author's", "These negotiations are worthless and everyone knows it.", 1],
    ["a quoted judgement is not the author's", "“These negotiations are worthless,” the minister said.", 0],
    ["a neutral sentence is not an evaluation", "The delegations met in Doha on Monday.", 0],
  ])("%s", (_, text, n) => {
    expect(analyse(text).framing?.evaluative).toHaveLength(n);
  });

  it("counts unnamed sources", () => {
    const f = analyse("A senior official said the talks had stalled. Qatar said talks would resume.").framing;
    expect(f?.attributions).toBeGreaterThan(0);
    expect(f?.unnamedShare).not.toBeNull();
    expect(f?.unnamedSources).toBeGreaterThanOrEqual(1);
  });
});
