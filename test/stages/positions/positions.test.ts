import { describe, expect, it } from "vitest";
import { analyse } from "../helpers.ts";

const read = (text: string) => (analyse(text).positions ?? []).map((p) => `${p.issue}:${p.stance}`);

describe("positions: the two sides", () => {
  const parties = (text: string) =>
    (analyse(text).positions ?? []).map((p) => `${p.partyText}:${p.issue}:${p.stance}`).sort();

  it.each([
    [
      "Peru and Ecuador held talks on Monday. The two sides agreed to a ceasefire.",
      ["Ecuador:ceasefire:accept", "Peru:ceasefire:accept"],
    ],
    [
      "Peru and Ecuador met in Lima. Later both governments rejected the truce proposal.",
      ["Ecuador:ceasefire:reject", "Peru:ceasefire:reject"],
    ],
    ["The envoy shuttled between Lima and Quito. The two sides agreed to a ceasefire.", []],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("positions", () => {
  it.each([
    ["Kyiv rejected the ceasefire proposal on Friday.", ["ceasefire:reject"]],
    ["The National Resistance Front said it will not lay down its arms.", ["security_guarantees:reject"]],
    ["The Popular Front demanded that foreign troops leave the province.", ["withdrawal:demand"]],
    ["Moscow is not seeking a ceasefire.", ["ceasefire:reject"]],
    ["The Houthis insisted on control of the port city.", ["territory:insist"]],
    ["Hamas accepted the truce proposal.", ["ceasefire:accept"]],
    ["Austria does not pay ransoms, a spokesman said.", ["hostages:reject"]],
    ["Kyiv would not sign a deal that lets Moscow rearm.", ["security_guarantees:reject"]],
    ["Egypt has long resisted calls for a buffer zone.", ["withdrawal:reject"]],
    ["Israel wanted Hamas to stop rocket attacks for good.", ["ceasefire:demand"]],
    ["Israel's refusal of outside mediation angered Egypt.", ["sequencing:reject"]],
    ["Hamas restated its long-standing insistence on a full withdrawal.", ["withdrawal:insist"]],
    [
      "Hamas asked Israel to gather its troops in designated zones as a first step toward disarmament.",
      ["security_guarantees:demand"],
    ],
    ["Hamas would not bow to unilateral demands.", ["general:reject"]],
    ["Hamas said there will be no withdrawal as long as people are threatened.", ["withdrawal:reject"]],
    ["Hamas said it will respect the truce.", ["ceasefire:accept"]],
    ["Hamas demanded that the government release its fighters held in prison.", ["prisoners:demand"]],
    ["Hamas rejected the phasing of the exchange.", ["sequencing:reject"]],
    ["Israel had offered to suspend arrest warrants for 30 Hamas commanders.", ["accountability:offer"]],
    ['"We will not withdraw," Hamas said.', ["withdrawal:reject"]],
    ["Hamas said the arrival of foreign monitors was unacceptable.", ["monitoring:reject"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["Moscow said it would not commit to ending the war.", ["ceasefire:reject"]],
    ["Hamas said it would not negotiate under fire.", ["sequencing:reject"]],
    ["Hamas said the lifting of the blockade was a precondition.", ["sequencing:insist"]],
    ["Khartoum insists that the RSF hand over all heavy weapons.", ["security_guarantees:insist"]],
    ["UNICEF has asked for safe passage for aid convoys.", ["humanitarian_aid:demand"]],
    [
      "Spokesman Ali Karimi said the M23 would pull back only if Kinshasa agreed to a ceasefire.",
      ["ceasefire:demand"],
    ],
    [
      "Spokesman Ali Karimi said the Houthis would not return to the talks until the prisoners were released.",
      ["prisoners:demand"],
    ],
    ['"We would consider a ceasefire," Kyiv\'s foreign minister said.', ["ceasefire:offer"]],
    [
      "Houthi spokesman Ali Saleh said the tanker would be returned only if the coalition lifted its blockade of the port.",
      ["territory:demand"],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      "a that-clause is not an anaphoric object",
      "Hamas accepted the truce proposal. Qatar demanded that salaries be paid.",
    ],
    ["'until' without a refusal is a time", "The army held the town until the truce began."],
    ["an affirmed commitment is no stance", "The rebels committed to the ceasefire plan."],
  ])("%s", (_, text) => {
    expect(read(text).filter((x) => !x.startsWith("ceasefire:accept"))).toEqual([]);
  });

  it("splits a list into one position per item", () => {
    const text =
      "Hezbollah demanded a full withdrawal of troops, a permanent truce and the rebuilding of the south.";
    expect(read(text).sort()).toEqual(["ceasefire:demand", "reconstruction:demand", "withdrawal:demand"]);
    for (const p of analyse(text).positions ?? []) expect(p.partyText).toBe("Hezbollah");
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
    ["an outlet is no party", "A draft seen by Reuters proposes a ceasefire along the river."],
  ])("%s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  const withParty = (text: string) =>
    (analyse(text).positions ?? []).map((p) => `${p.party}:${p.issue}:${p.stance}`).sort();

  it.each([
    [
      "the subject of reported content, not the speaker, resolved through a description",
      "The Sudanese army has held the city for a year. Spokesman Omar Hadi said the military had accepted a truce in the north.",
      ["sudanese-army:ceasefire:accept"],
    ],
    [
      "'the group' is the organization last named; agreeing to leave concedes a withdrawal",
      "Hamas fighters held the town. A Hamas statement said the group had agreed to leave the town.",
      ["hamas:withdrawal:concede"],
    ],
    [
      "a second conjunct with its determiner and modifier",
      "Sudan's army and the paramilitary RSF agreed to a truce.",
      ["rapid-support-forces:ceasefire:accept", "sudan-army:ceasefire:accept"],
    ],
    [
      "'Sudan's army' is the force that 'the army' later stands for",
      "Sudan's army and the RSF met. The army insisted that RSF fighters leave the hospitals.",
      ["sudan-army:withdrawal:insist"],
    ],
    [
      "'agreed (to extend) a ceasefire' accepts it",
      "Kyiv agreed to extend the ceasefire by a week.",
      ["kyiv:ceasefire:accept"],
    ],
    [
      "both conjuncts of a coordinated subject",
      "Ukraine and Russia's negotiators agreed on Monday to a ceasefire.",
      ["russia:ceasefire:accept", "ukraine:ceasefire:accept"],
    ],
    [
      "dropping a demand concedes it",
      "Egypt dropped its demand to keep troops in the corridor.",
      ["egypt:withdrawal:concede"],
    ],
    [
      "readiness to discuss concedes",
      "Prime Minister Abiy Ahmed said his government was ready to discuss the status of the disputed region.",
      ["abiy-ahmed:territory:concede"],
    ],
    [
      "a threat's negated condition is the demand of the speaker's side",
      "Hamas commander Ali Nasser warned that his forces would resume attacks if the blockade of the border crossings was not lifted.",
      ["hamas:territory:demand"],
    ],
    [
      "an acceptance's condition is a demand",
      "Hamas accepted a truce, provided Israel withdrew its troops.",
      ["hamas:ceasefire:accept", "hamas:withdrawal:demand"],
    ],
    [
      "a possessive owner is its clause's subject, not an earlier place",
      "Fighting went on near Sake. Egypt repeated its demand that the rebels withdraw from the town.",
      ["egypt:withdrawal:demand"],
    ],
    [
      "a bare refusal answers the previous sentence's demand",
      "Egypt demanded that Hamas withdraw from the town. Hamas refused.",
      ["egypt:withdrawal:demand", "hamas:withdrawal:reject"],
    ],
    [
      "a bare refusal far from any position is none",
      "Egypt demanded that Hamas withdraw from the town. The talks went on for hours. Hamas refused.",
      ["egypt:withdrawal:demand"],
    ],
    [
      "accepting no X rejects it",
      "An official said Kyiv would accept no ceasefire that froze the front.",
      ["kyiv:ceasefire:reject"],
    ],
    [
      "a reported 'would' states an intention",
      "An official said Kyiv would insist on international monitors at the ports.",
      ["kyiv:monitoring:insist"],
    ],
  ])("%s", (_, text, expected) => {
    expect(withParty(text)).toEqual(expected);
  });

  it.each([
    [
      "a third party's wish is not the party's stance",
      "A diplomat said Qatar hoped Hamas would accept a ceasefire.",
    ],
    [
      "a condition outside reported speech names no party",
      "The Israeli army said residents should leave if the fighting did not stop.",
    ],
    [
      "a condition that is not negated is no demand",
      "A Hamas official said the group would talk if the border crossings opened.",
    ],
  ])("%s", (_, text) => {
    expect(withParty(text).filter((p) => p.endsWith(":demand") || p.includes(":accept"))).toEqual([]);
  });

  it("keeps the condition's words without the comma before 'provided'", () => {
    const [p] = analyse("Hamas accepted a truce, provided Israel withdrew its troops.").positions ?? [];
    expect(p.conditions.map((c) => c.text)).toEqual(["provided Israel withdrew its troops"]);
    expect(p.object.text).toBe("a truce");
  });
});
