import { describe, expect, it } from "vitest";
import { analyse } from "../helpers.ts";

const types = (text: string) => (analyse(text).events ?? []).map((e) => `${e.type}:${e.status}`);

describe("events", () => {
  it.each([
    [
      "Russia rejected the Ukrainian proposal for a 30-day truce on Monday.",
      ["rejection:occurred", "proposal:occurred"],
    ],
    ["Sudan's army and the paramilitary forces held talks in Jeddah on Saturday.", ["talks:occurred"]],
    ["Hamas released 24 hostages on Friday.", ["release:occurred"]],
    ["The envoy is set to travel to Cairo to revive the ceasefire negotiations.", ["mediation:planned"]],
    ["The ceasefire collapsed on Sunday.", ["truce_collapse:occurred"]],
    ["The rebels violated the truce overnight, the army said.", ["truce_violation:occurred"]],
    ["The government recalled its negotiating team from Geneva.", ["talks_suspended:occurred"]],
    ["The army warned that if the captives were not freed, the offensive would resume.", ["threat:occurred"]],
    ["Both sides signed the agreement in Riyadh.", ["agreement_signed:occurred"]],
    ["The truce talks began in Cairo on Monday.", ["talks:occurred"]],
    ["Talks are set to resume next week in Cairo.", ["talks:planned"]],
    ["The ceasefire between the two armies has largely held.", ["truce_in_effect:occurred"]],
  ])("%s", (text, expected) => {
    expect(types(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["a negation is not a rejection", "The rebels did not reject the plan, a spokesman said."],
    ["a list that was not sent is not an event", "The militants did not send a list of the hostages."],
    [
      "a failure to release is not a release",
      "The government failed to release the prisoners, aid groups said.",
    ],
    ["a wish is not talks", "Western capitals are pressing Moscow to negotiate a truce."],
    ["a released statement is not a release", "The ministry released a statement on Tuesday."],
    ["an analyst suggesting is not a proposal", "Analysts suggested that the truce talks were stalling."],
  ])("%s", (_, text) => {
    expect(types(text)).toEqual([]);
  });

  it("keeps a conditional as hypothetical, not as an event that occurred", () => {
    const a = analyse("The truce would have started on Friday had the army agreed.");
    expect(a.events).toEqual([]);
    expect(a.hypotheticalEvents?.map((e) => e.type)).toContain("truce_in_effect");
  });

  it("merges two mentions of one happening", () => {
    const a = analyse(
      "Hamas accepted the Qatari proposal on Monday. Officials confirmed that Hamas accepted the proposal.",
    );
    expect(a.events?.filter((e) => e.type === "acceptance")).toHaveLength(1);
    expect(a.events?.find((e) => e.type === "acceptance")?.mentions).toHaveLength(1);
  });

  it("calls a happening one side claims and the other denies alleged", () => {
    const text =
      "The army said the militia had violated the truce. Militia officials denied that they had broken the truce.";
    const violations = (analyse(text).events ?? []).filter((e) => e.type === "truce_violation");
    expect(violations.map((e) => e.status)).toEqual(["alleged"]);
  });

  it("maps types to PLOVER and CAMEO and keeps exact evidence offsets", () => {
    const text = "Kyiv rejected the proposal for a truce.";
    const [event] = analyse(text).events ?? [];
    expect(event.plover.event).toBe("REJECT");
    expect(event.cameo).toBe("127");
    expect(text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.text);
    expect(text.slice(event.trigger.start, event.trigger.end)).toBe("rejected");
  });
});
