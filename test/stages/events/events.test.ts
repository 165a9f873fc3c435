import { describe, expect, it } from "vitest";
import { analyse } from "../helpers.ts";

const types = (text: string) => (analyse(text).events ?? []).map((e) => `${e.type}:${e.status}`);

describe("events: coordinated and paired actors", () => {
  it.each([
    ["Peru and Ecuador held talks in Lima on Monday.", ["Ecuador", "Peru"]],
    ["Peru and Ecuador met in Lima. On Friday the two sides agreed to a ceasefire.", ["Ecuador", "Peru"]],
    ["On Friday Hamas agreed to a ceasefire.", ["Hamas"]],
    [
      "Kenya's army and the paramilitary Rift Brigade agreed to a ceasefire.",
      ["Kenya's army", "Rift Brigade"],
    ],
  ])("%s", (text, expected) => {
    const last = (analyse(text).events ?? []).at(-1);
    expect([...(last?.actorsText ?? [])].sort()).toEqual(expected);
  });
});

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
    ["The ministry demanded that the militia disarm before any talks.", ["demand:occurred"]],
    ["The rebel council insists that the army leave the valley first.", ["demand:occurred"]],
    ["The mayor called on the army to lift the siege of the port.", ["demand:occurred"]],
    ["The council repeated its demand that foreign troops leave.", ["demand:occurred"]],
    ["The accord, brokered by Norway, took a year to write.", ["mediation:occurred"]],
    ["The peace accord was signed in Oslo.", ["agreement_signed:occurred"]],
    ["The meetings were hosted by Kenya in a lakeside hotel.", ["mediation:occurred"]],
    ["Norwegian mediators conveyed the reply to the rebels.", ["mediation:occurred"]],
    ["The Arab League invited both sides back to the negotiating table.", ["mediation:occurred"]],
    ["The separatists have refused.", ["rejection:occurred"]],
    ["The junta has rejected that demand.", ["rejection:occurred"]],
    ["The separatists would not accept any foreign monitors, he said.", ["rejection:occurred"]],
    ["The draft, put forward by Ghana, would freeze front lines.", ["proposal:occurred"]],
    ["The ministry had offered to pay the salaries of the fighters.", ["proposal:occurred"]],
    ["Envoys from both camps ended three days of talks in Geneva.", ["talks:occurred"]],
    ["The two parties returned to the negotiating table on Monday.", ["talks:occurred"]],
    ["The army and the rebels agreed to extend a truce by a month.", ["truce_in_effect:occurred"]],
    ["The African Union brokered talks between the two militias.", ["mediation:occurred"]],
    ["Kenyan mediators spent a second day on the draft.", ["mediation:occurred"]],
    [
      "Manila and the rebels agreed on Friday to a 30-day reduction in violence.",
      ["ceasefire_declared:occurred"],
    ],
    ["The delegations ended two days of closed-door talks in Oslo.", ["talks:occurred"]],
    ["The deal came after a week of talks in Oslo.", ["talks:occurred"]],
    ["The UN envoy would travel to Lima next week to meet both delegations.", ["mediation:planned"]],
    ["Peru sent 12 Bolivian fishermen back across the border on Monday.", ["release:occurred"]],
    ["Under the plan, 40 soldiers would come home in exchange for 40 prisoners.", ["release:hypothetical"]],
    ["The army sent troops back to the front after the talks.", []],
    ["Norway handed both sides a draft text during the talks.", ["proposal:occurred"]],
    [
      "The colonel said his men would respond decisively to any attack during the truce.",
      ["threat:occurred"],
    ],
    ["The army has drawn up plans to seize the valley if the talks fail.", ["threat:occurred"]],
    ["The envoy said a prisoner amnesty was not on the table in the talks.", ["rejection:occurred"]],
    ["The ministry said it would respond to the proposal next week.", []],
    ["Rebel fighters ambushed an army patrol near the town despite the truce.", ["truce_violation:occurred"]],
    ["The army walked out of a plenary session of the talks on Tuesday.", ["talks_suspended:occurred"]],
    [
      "The two foreign ministers are due to meet in Geneva next month, the envoy said of the talks.",
      ["talks:planned"],
    ],
    ["The truce was shaken by a U.S. airstrike near the rebel stronghold.", ["military_action:occurred"]],
    [
      "A first convoy of 12 aid trucks is expected to leave Baidoa on Tuesday under the truce.",
      ["humanitarian_access:planned"],
    ],
    [
      "Fighting between the army and the rebels has continued despite the truce.",
      ["truce_violation:occurred"],
    ],
    [
      "The protocol that the two governments signed in April covers prisoners.",
      ["agreement_signed:occurred"],
    ],
    ["Hamas asked Israel to pull its troops back during the talks.", ["demand:occurred"]],
    ["An official, who asked not to be named, said the talks were over.", []],
    [
      "Aid convoys were unable to reach the district for weeks despite the truce.",
      ["humanitarian_access:occurred"],
    ],
    [
      "According to a draft circulated by the mediators, the truce would last 60 days.",
      ["proposal:occurred"],
    ],
    ["Hamas would not bow to unilateral demands in the talks.", ["rejection:occurred"]],
    ["If the talks fail, the army will take back the valley by force.", ["threat:planned"]],
    ["The rebels seized the town by force in 2020.", []],
    ["Norway's foreign minister spoke by phone with both delegations.", ["mediation:occurred"]],
    ["The African Union quietly encouraged the two sides to return to the talks.", ["mediation:occurred"]],
    ["Oman has hosted such meetings for years.", ["mediation:occurred"]],
    ["The rebels suspended their participation in the dialogue on Friday.", ["talks_suspended:occurred"]],
    ["After the election the peace roadmap was shelved.", ["talks_suspended:occurred"]],
    ["The two-week ceasefire between the clans lapsed on Monday.", ["truce_collapse:occurred"]],
    [
      "While the talks went on, a roadside bomb killed three soldiers near the border.",
      ["military_action:occurred"],
    ],
    ["Despite the ceasefire, enemy drones hit a fuel depot outside the port.", ["truce_violation:occurred"]],
    ["As the talks went on, enemy drones hit a fuel depot outside the port.", ["military_action:occurred"]],
    [
      "The pause, declared by both armies on Sunday, began at dawn.",
      ["ceasefire_declared:occurred", "truce_in_effect:occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(types(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["a negation is not a rejection", "The rebels did not reject the plan, a spokesman said."],
    ["a list that was not sent is not an event", "The militants did not publish a roster of the captives."],
    [
      "a failure to release is not a release",
      "The government failed to release the prisoners, aid groups said.",
    ],
    ["a wish is not talks", "Western capitals are pressing Moscow to negotiate a truce."],
    ["a released statement is not a release", "The ministry released a statement on Tuesday."],
    ["an analyst suggesting is not a proposal", "Analysts suggested that the truce talks were stalling."],
    ["wanting to is not a demand", "The rebels wanted to rest after the march."],
    ["a refusal with an object that is not a proposal", "The mayor refused the award."],
    ["a bare modifier 'X-mediated' is background", "The Norway-mediated talks focused on prisoners."],
    [
      "an offer of help with a noun is no proposal",
      "The neighbours offered to the families their condolences.",
    ],
    ["years of talks are a duration only with a time noun", "The future of talks is unclear."],
  ])("%s", (_, text) => {
    expect(types(text)).toEqual([]);
  });

  it.each([
    ["a negated happening is denied", "The rebels did not reject the truce proposal.", ["rejection:denied"]],
    ["a negated perfect is denied", "The council has not rejected the ceasefire plan.", ["rejection:denied"]],
    [
      "a conditional main clause is hypothetical",
      "The militia said the hostages would be freed if the talks went well.",
      ["release:hypothetical"],
    ],
    [
      "a negation inside a condition is no denial",
      "If the hostages are not released by Friday, the army will resume its offensive.",
      ["threat:occurred"],
    ],
    [
      "a condition after 'until' is no release",
      "The delegation would not return to the talks until the rebels freed the hostages.",
      [],
    ],
    [
      "a clause describing a noun is no event",
      "The army did not publish the names of prisoners it would free.",
      [],
    ],
    [
      "a party that could resume fighting threatens",
      "The army could resume fighting if the truce talks fail.",
      ["threat:occurred"],
    ],
  ])("%s", (_, text, expected) => {
    expect(types(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["Gunmen abducted six aid workers near the border, truce monitors said.", ["hostage_taking:occurred"]],
    ["The engineers were seized from their convoy on Tuesday.", ["hostage_taking:occurred"]],
    [
      "A convoy of 30 aid trucks was turned back at a checkpoint during the truce.",
      ["humanitarian_access:occurred"],
    ],
    ["At least 12 people were killed in airstrikes, the truce monitors said.", ["military_action:occurred"]],
    [
      "The ceasefire expired in May. Since then, monitors have counted dozens of attacks by the militia on army posts.",
      ["truce_collapse:occurred", "military_action:occurred"],
    ],
    [
      "The rebels seized the town of Dara on Monday, the ceasefire mediators said.",
      ["military_action:occurred"],
    ],
    [
      "Both sides accused each other of shelling civilian areas despite the truce.",
      ["truce_violation:alleged"],
    ],
    ["The army pulled back from the hills around the city.", ["withdrawal:occurred"]],
    ["The militia handed three villages to the army.", ["withdrawal:occurred"]],
    ["The Red Cross facilitated the release of 40 detainees.", ["release:occurred"]],
    ["The rebels denied that they had received a written proposal.", ["proposal:denied"]],
    ["A delegation from the rebel council is due to travel to Nairobi next week.", ["talks:planned"]],
    ["The government has accepted the need for international monitors.", ["acceptance:occurred"]],
    ["The rebels agreed to leave the port city.", ["acceptance:occurred"]],
    ["The accord committed both armies to a ceasefire within a week.", ["ceasefire_declared:occurred"]],
    ["The talks, hosted by Kenya, broke off in March.", ["mediation:occurred", "talks_suspended:occurred"]],
    [
      "The army accused the militia of breaking the truce. The militia denied any attack.",
      ["truce_violation:alleged", "truce_violation:denied"],
    ],
    ["The government rejected the investigation into the killings.", ["rejection:occurred"]],
    ["The group said it welcomed the text but insisted that any deal must end the war.", ["demand:occurred"]],
    ["The mediators called for an immediate ceasefire.", ["demand:occurred"]],
    ["Israel would free 100 prisoners under the plan.", ["release:hypothetical"]],
    [
      "The delegation would not return to the negotiating table until the hostages were freed.",
      ["demand:occurred"],
    ],
    [
      "Hostage talks resumed in Doha after the truce. Overnight shelling killed four civilians, the ministry said.",
      ["talks:occurred", "military_action:occurred"],
    ],
    [
      "The ceasefire talks stalled over the hostage deal. The army accused the rebels of attacking a power station.",
      ["talks_suspended:occurred", "military_action:alleged"],
    ],
    ["Russian artillery shelled three villages despite the truce.", ["truce_violation:occurred"]],
    [
      "The army would not free the prisoners until the rebels freed the nurses who were abducted in May.",
      ["demand:occurred", "hostage_taking:occurred"],
    ],
    ["The UN envoy has shuttled between Sanaa and Riyadh since Friday.", ["mediation:occurred"]],
  ])("%s", (text, expected) => {
    expect(types(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["goods seized are no hostages", "Customs officers seized 40 kilograms of cocaine."],
    ["a return to a city is no withdrawal", "The minister returned to the capital on Monday."],
    ["a forecast pulled back is no withdrawal", "The company pulled back its forecast."],
    ["a road death is no military action", "Two people were killed in a car crash."],
    ["an attack by critics far from any truce", "Critics mounted an attack by letter on the budget."],
    ["a denial of wrongdoing is no violation", "The court denied any wrongdoing."],
    ["an accusation of a crime is no attack", "The prosecutor accused the banker of stealing funds."],
    ["a month-old demand of several things is no event", "Nothing suggests that the rebels moved."],
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

  it("merges a mention that points back with the happening it points at", () => {
    const a = analyse(
      "The rebels violated the truce at dawn. That attack violated the truce, the army said.",
    );
    expect(a.events?.filter((e) => e.type === "truce_violation")).toHaveLength(1);
  });

  it("keeps two happenings of one type apart when nothing ties them", () => {
    const a = analyse(
      "The plan, drafted by Norway, would extend the truce. Separately, the army had proposed a prisoner swap.",
    );
    expect(a.events?.filter((e) => e.type === "proposal")).toHaveLength(2);
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
