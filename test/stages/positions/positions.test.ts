import { describe, expect, it } from "vitest";
import { analyse } from "../helpers.ts";

const read = (text: string) => (analyse(text).positions ?? []).map((p) => `${p.issue}:${p.stance}`);

describe("positions", () => {
  it.each([
    ["Kyiv rejected the ceasefire proposal on Friday.", ["ceasefire:reject"]],
    ["Moscow is not seeking a ceasefire.", ["ceasefire:reject"]],
    ["The Houthis insisted on control of the port city.", ["territory:insist"]],
    ["Hamas accepted the truce proposal.", ["ceasefire:accept"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("splits a list into one position per item", () => {
    const text =
      "Hamas demanded a full withdrawal of troops, a permanent ceasefire and the reconstruction of Gaza.";
    expect(read(text).sort()).toEqual(["ceasefire:demand", "reconstruction:demand", "withdrawal:demand"]);
    for (const p of analyse(text).positions ?? []) expect(p.partyText).toBe("Hamas");
  });

  it("keeps the condition of a stance", () => {
    const [p] = analyse("The Houthis are ready for a truce if the airstrikes stop.").positions ?? [];
    expect(p.stance).toBe("accept");
    expect(p.conditions.map((c) => c.text)).toEqual(["if the airstrikes stop"]);
  });

  it.each([
    ["did not reject is not a rejection", "The rebels did not reject the truce."],
    ["a conditional acceptance is no position", "Israel would accept the deal if the hostages were freed."],
    ["a hedge is no position", "The militia will probably reject the truce."],
    ["a temporal adjunct is not the object", "The army wants to finish the operation before a ceasefire."],
  ])("%s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});
