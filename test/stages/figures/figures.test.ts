import { describe, expect, it } from "vitest";
import { analyse } from "../helpers.ts";

const read = (text: string) =>
  (analyse(text).figures ?? []).map((f) => [f.value, f.unit, f.qualifier, f.counted] as const);

describe("figures", () => {
  it.each([
    ["More than 41,000 people have been killed in the war.", [[41000, "people", "More than", "killed"]]],
    ["The lull in the shelling lasted for up to eleven days.", [[11, "days", "up to", "days"]]],
    ["Officials said 70% of the aid was blocked.", [[70, "percent", null, "aid"]]],
    ["A dozen trucks entered the enclave on Sunday.", [[12, "trucks", null, "entered"]]],
    [
      "The raid killed three villagers and injured six more.",
      [
        [3, "people", null, "killed"],
        [6, "people", null, "injured"],
      ],
    ],
    ["The army struck over 400 targets overnight.", [[400, "targets", "over", "struck"]]],
    [
      "The rebels say more than 700 of its members are held in jails.",
      [[700, "people", "more than", "held"]],
    ],
    ["The mission has about 200 monitors on the border.", [[200, "people", "about", "monitors"]]],
    ["The rebels carried out 41 armed actions during the truce.", [[41, "attacks", null, "armed actions"]]],
    [
      "Lima says 23 people are held. Quito says the figure is 19.",
      [
        [23, "people", null, "held"],
        [19, "people", null, "figure"],
      ],
    ],
    [
      "The ministry says the rebels hold 38 people; the rebels say they hold 12.",
      [
        [38, "people", null, "held"],
        [12, "people", null, "held"],
      ],
    ],
    ["The figure is expected to rise.", []],
    ["The militia gave up four abandoned villages.", [[4, "villages", null, "villages"]]],
    ["The rebels handed over 57 detainees.", [[57, "people", null, "released"]]],
    ["Gunmen seized 13 aid workers near the border.", [[13, "people", null, "abducted"]]],
    ["The rebels still hold four journalists who were abducted in March.", [[4, "people", null, "held"]]],
    ["An estimated 1.5 million people have fled.", [[1500000, "people", "An estimated", "displaced"]]],
    ["Gunmen burned four villages near the river.", [[4, "villages", null, "villages"]]],
    ["The ministry counted 35 attacks on clinics.", [[35, "attacks", null, "attacks"]]],
    ["The army cleared a 9-kilometre strip.", [[9, "kilometres", null, "kilometre"]]],
    ["Roughly a dozen vessels waited offshore.", [[12, "ships", "Roughly", "vessels"]]],
    ["The rebels seized at least 21 World Bank staff.", [[21, "people", "at least", "abducted"]]],
    ["Medics put the toll at 23 on Tuesday.", [[23, "people", null, "toll"]]],
    ["Officials said fewer than 300 had died.", [[300, "people", "fewer than", "killed"]]],
    ["The donors pledged to pay the wages within nine months.", [[9, "months", null, "months"]]],
    ["The court is holding 81 Pakistanis on fishing charges.", [[81, "people", null, "held"]]],
    [
      "The bomb killed two paramilitary rangers and wounded four others.",
      [
        [2, "people", null, "killed"],
        [4, "people", null, "injured"],
      ],
    ],
    ["The engineer spent more than 14 months in captivity.", [[14, "months", "more than", "held"]]],
    ["A broker said a ransom of about €5m was paid.", [[5000000, "euros", "about", "€"]]],
    ["The plan would cost $1.38 trillion over a decade.", [[1380000000000, "dollars", null, "$"]]],
    [
      "The storm left about 200,000 households without power.",
      [[200000, "households", "about", "households"]],
    ],
    [
      "Checkpoints will be scaled back in three districts of the province.",
      [[3, "districts", null, "districts"]],
    ],
    ["One negotiator put the number at 23.", [[23, "people", null, "toll"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("a part of a counted whole takes the whole's unit", () => {
    expect(read("Only 5 of the 17 detainees were freed.").map((f) => [f[0], f[1]])).toEqual([
      [5, "people"],
      [17, "people"],
    ]);
  });

  it.each([
    ["a year is not a figure", "In 2014, the war ended in a truce."],
    ["a bare number before a verb that counts nothing", "The five met again in March."],
    ["a background span without a preposition or truce", "The town has seen two years of drought."],
    ["a count after 'at' with no toll word", "The index closed at 19 on Friday."],
    ["an age is not a figure", "The 45-year-old negotiator, aged 45, arrived on Monday."],
    ["a clock time is not a figure", "The truce begins at 10 p.m. on Friday."],
    ["a date is not a figure", "The attack on October 7 changed everything."],
    ["a count of sources is not a figure", "Three officials said the talks had stalled."],
    ["people familiar are sources", "Two people close to the negotiators told reporters."],
    ["counted sources after 'according to'", "The talks stalled, according to two diplomats in Doha."],
    ["a number that names is not a figure", "Channel 12 reported the talks had stalled."],
    ["a duration away from any truce is not counted", "The war has gone on for 17 years."],
    ["'one of them' is a person, not a count", "One of them said the talks would resume."],
  ])("%s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});
