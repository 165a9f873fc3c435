import { describe, expect, it } from "vitest";
import { entityNamed, mentionsOf, scoredEntities, titleKey } from "./helpers.ts";

describe("mentions: which entities an article names", () => {
  it.each([
    [
      "Defense Minister Yoav Gallant met Egyptian officials in Cairo on Monday.",
      ["Yoav Gallant (person)", "Cairo (place)"],
    ],
    [
      "The Kremlin said Vladimir Putin would not attend the summit in Turkey.",
      ["Kremlin (organization)", "Vladimir Putin (person)", "Turkey (place)"],
    ],
    [
      "Fighters of the Rapid Support Forces entered El Fasher, Darfur, on Friday.",
      ["Rapid Support Forces (organization)", "El Fasher (place)", "Darfur (place)"],
    ],
    [
      "The Houthis fired a missile toward Eilat, the group's spokesman said.",
      ["Houthis (organization)", "Eilat (place)"],
    ],
    [
      "Channel 13 reported that the cabinet met in Tel Aviv.",
      ["Channel 13 (organization)", "Tel Aviv (place)"],
    ],
    ["Officials in Kyiv said Russian drones struck Kharkiv overnight.", ["Kyiv (place)", "Kharkiv (place)"]],
    ["The Gaza Health Ministry said 30 people were killed.", ["Gaza Health Ministry (organization)"]],
    [
      "Nurse Ines Morel thanked Radio Lumen and the Clean Water Relief charity.",
      ["Ines Morel (person)", "Radio Lumen (organization)", "Clean Water Relief (organization)"],
    ],
    ["In her book “The Ransom Brokers,” Lena Pike wrote about the talks.", ["Lena Pike (person)"]],
    [
      "Kenya's army said the convoy was safe. The army later left Mombasa.",
      ["Kenya (place)", "Kenya's army (organization)", "Mombasa (place)"],
    ],
    [
      "Border Security Secretary Dana Mori met City Council Speaker Ola Berg.",
      ["Dana Mori (person)", "Ola Berg (person)"],
    ],
    [
      "Talks with the Popular Democratic Front of the Comoros (PDFC) resumed in Moroni.",
      ["Popular Democratic Front of the Comoros (organization)", "Moroni (place)"],
    ],
    [
      "The envoy met Ola Berg, 41, of Sherbrooke, Quebec, at Maiquetía airport.",
      ["Ola Berg (person)", "Sherbrooke (place)", "Quebec (place)", "Maiquetía (place)"],
    ],
    [
      "The talks were hosted by the Sudanese Doctors Union in Port Sudan.",
      ["Sudanese Doctors Union (organization)", "Port Sudan (place)"],
    ],
    [
      "U.S. Central Command said a drone was downed over the Red Sea.",
      ["U.S. Central Command (organization)", "Red Sea (place)"],
    ],
    ["Israel Katz, the defense minister, spoke in Jerusalem.", ["Israel Katz (person)", "Jerusalem (place)"]],
    [
      "Analysts at the Border Monitoring and Crisis Data Project counted the strikes.",
      ["Border Monitoring and Crisis Data Project (organization)"],
    ],
    [
      "The Ministry of Water and Irrigation said the pumps were repaired.",
      ["Ministry of Water and Irrigation (organization)"],
    ],
    ["Norway and Sweden sent envoys to Juba.", ["Norway (place)", "Sweden (place)", "Juba (place)"]],
  ])("%s", (text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toEqual(expected);
  });
});

describe("mentions: negatives", () => {
  it.each([
    ["sentence-initial capitals", "Negotiators met again. Officials said nothing. Yesterday was quiet."],
    ["days and months", "On Tuesday, October 7, talks resumed; a new round is set for May 12."],
    ["demonyms alone", "Israeli and Palestinian officials met Egyptian and Qatari mediators."],
    [
      "generic groups of people",
      "Palestinians, Israelis and Americans were among the Jews and Muslims who marched.",
    ],
    ["page furniture", "Advertisement\n\nThe talks resumed on Sunday.\n\nAdvertisement"],
    ["a lone head word", "The Ministry said the Office would respond."],
    ["words in capitals", "WATCH: NEGOTIATORS LEAVE THE TALKS EARLY"],
  ])("%s: no entity", (_label, text) => {
    expect(scoredEntities(mentionsOf(text))).toEqual([]);
  });

  it("keeps demonyms as mentions pointing nowhere when the country is not named", () => {
    const analysis = mentionsOf("Israeli negotiators left on Friday.");
    const demonym = analysis.mentions.find((m) => m.text === "Israeli");
    expect(demonym).toMatchObject({ kind: "demonym", type: "place", entity: null, rule: "mention.demonym" });
  });

  it("links demonyms to the country once the country is named", () => {
    const analysis = mentionsOf("Egyptian mediators said Egypt would host the talks.");
    const egypt = entityNamed(analysis, "Egypt");
    const demonym = analysis.mentions.find((m) => m.text === "Egyptian");
    expect(demonym?.entity).toBe(egypt?.id);
  });

  it("takes from a title-case headline only names the gazetteer or the body knows", () => {
    const text = "Envoys Weigh New Offer as Pressure Mounts on Hamas\n\nHamas said it would study the offer.";
    expect(scoredEntities(mentionsOf(text))).toEqual(["Hamas (organization)"]);
  });

  it("takes only listed names from a sentence in capitals", () => {
    const analysis = mentionsOf("Talks resumed.\n\nHAMAS SAID ISRAEL MUST LEAVE GAZA.");
    expect(analysis.entities.map((e) => e.name)).toEqual(["Hamas", "Israel", "Gaza Strip"]);
  });

  it("does not take a lower-case phrase for a listed name", () => {
    expect(scoredEntities(mentionsOf("The southern Gaza city was shelled."))).toEqual(["Gaza Strip (place)"]);
  });

  it("does not read an acronym into a capitalised word (Rand Paul is not RAND)", () => {
    expect(scoredEntities(mentionsOf("Senator Rand Paul objected."))).toEqual(["Rand Paul (person)"]);
  });
});

describe("mentions: merging within the article", () => {
  it.each([
    ["Antony Blinken arrived on Monday. Blinken said talks would go on.", "Antony Blinken", ["Blinken"]],
    ["The Mossad sent a team. Mossad officials stayed home.", "Mossad", []],
    ["The New York Times reported the deal; NYT said it was close.", "New York Times", ["NYT"]],
    ["ABC News said the deal was off, ABC added.", "ABC News", ["ABC"]],
    [
      "Fighting raged in the Gaza Strip. Gaza has no power. Aid entered the Strip.",
      "Gaza Strip",
      ["Gaza", "the Strip"],
    ],
    ["She spoke to the Associated Press. AP said it confirmed the account.", "Associated Press", ["AP"]],
    ["The Sudanese Doctors Union (SDU) said SDU staff were hurt.", "Sudanese Doctors Union", ["SDU"]],
    [
      "Hezbollah fired rockets. The Iran-backed group said it hit a base.",
      "Hezbollah",
      ["The Iran-backed group"],
    ],
    [
      "Reuters spoke to Al Jazeera. The Qatari broadcaster said nothing.",
      "Al Jazeera",
      ["The Qatari broadcaster"],
    ],
    ["Quoted in ‘Israel’ media, “Israel’s” envoy left Israel.", "Israel", []],
  ])("%s", (text, name, aliases) => {
    const analysis = mentionsOf(text);
    const entity = entityNamed(analysis, name);
    expect(entity?.name).toBe(name);
    expect(entity?.aliases).toEqual(aliases);
    const sameName = analysis.entities.filter((e) => e.name === name || aliases.includes(e.name));
    expect(sameName).toHaveLength(1);
  });

  it("links a description to the nearest compatible entity, not to any earlier one", () => {
    const analysis = mentionsOf(
      "CNN and Hamas spoke. Later the group denied it, and the network aired the denial.",
    );
    expect(entityNamed(analysis, "Hamas")?.aliases).toEqual(["the group"]);
    expect(entityNamed(analysis, "CNN")?.aliases).toEqual(["the network"]);
  });

  it.each([
    [
      "the kingdom after a named kingdom",
      "Jordan and Egypt met. Later the kingdom denied it.",
      "Jordan",
      ["the kingdom"],
    ],
    [
      "the kingdom after a demonym",
      "A Moroccan diplomat said the kingdom would host talks.",
      "Morocco",
      ["the kingdom"],
    ],
    [
      "the sultanate, not the republic named later",
      "Oman and Egypt spoke. The sultanate hosted.",
      "Oman",
      ["The sultanate"],
    ],
  ])("links a state noun to a country whose name has it: %s", (_label, text, name, aliases) => {
    expect(entityNamed(mentionsOf(text), name)?.aliases).toEqual(aliases);
  });

  it("does not link the kingdom to a country that is none", () => {
    const analysis = mentionsOf("A Brazilian official met Chile's envoy. The kingdom was not mentioned.");
    expect(analysis.mentions.some((m) => m.text === "The kingdom" && m.entity)).toBe(false);
  });

  it("leaves a description unlinked when nothing compatible was named", () => {
    const analysis = mentionsOf("Israel said the military would respond.");
    expect(analysis.mentions.some((m) => m.text.includes("military"))).toBe(false);
    expect(scoredEntities(analysis)).toEqual(["Israel (place)"]);
  });

  it("makes an organization of a person's office", () => {
    const analysis = mentionsOf("Volodymyr Zelensky spoke. Zelensky’s office later denied it.");
    const office = entityNamed(analysis, "Zelensky’s office");
    expect(office).toMatchObject({
      type: "organization",
      affiliation: entityNamed(analysis, "Volodymyr Zelensky")?.id,
    });
  });
});

describe("mentions: titles and roles", () => {
  it.each([
    ["Defense Minister Yoav Gallant spoke.", "Yoav Gallant", ["Defense Minister"]],
    ["He met Egyptian intelligence chief Abbas Kamel.", "Abbas Kamel", ["Egyptian intelligence chief"]],
    ["Lt. Gen. Herzi Halevi toured the area.", "Herzi Halevi", ["Lt. Gen."]],
    [
      "Antonio Guterres, the UN secretary-general, urged calm.",
      "Antonio Guterres",
      ["the UN secretary-general"],
    ],
    ["UN Secretary-General Ana Ortiz urged calm.", "Ana Ortiz", ["UN Secretary-General"]],
    [
      "Ivan Petrov, an aide to President Olga Sokolova, spoke.",
      "Ivan Petrov",
      ["an aide to President Olga Sokolova"],
    ],
    [
      "The head of the Wagner Group, Yevgeny Prigozhin, left.",
      "Yevgeny Prigozhin",
      ["The head of the Wagner Group"],
    ],
    [
      "Research director at the Brookings Institution Jane Doe said so.",
      "Jane Doe",
      ["Research director at the Brookings Institution"],
    ],
    [
      "Hamas leader Yahya Sinwar and Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani spoke.",
      "Mohammed bin Abdulrahman Al Thani",
      ["Qatar's Prime Minister"],
    ],
  ])("%s", (text, name, titles) => {
    expect(entityNamed(mentionsOf(text), name)?.titles).toEqual(titles);
  });

  it("records an affiliation from the title or a possessive", () => {
    const analysis = mentionsOf("Hamas leader Yahya Sinwar refused. Axios’ Barak Ravid reported it.");
    expect(entityNamed(analysis, "Yahya Sinwar")?.affiliation).toBe(entityNamed(analysis, "Hamas")?.id);
    expect(entityNamed(analysis, "Barak Ravid")?.affiliation).toBe(entityNamed(analysis, "Axios")?.id);
  });

  it("links a role description without a name to the one person whose titles it shares", () => {
    const text =
      "Former Shin Bet chief Ami Ayalon spoke. Later the former Shin Bet official added a warning.";
    const ayalon = entityNamed(mentionsOf(text), "Ami Ayalon");
    expect(ayalon?.titles).toEqual(["Former Shin Bet chief", "former Shin Bet official"]);
  });

  it("does not link an unanchored role ('the official') to a named person", () => {
    const analysis = mentionsOf("Defense Minister Yoav Gallant spoke. The official said more.");
    expect(entityNamed(analysis, "Yoav Gallant")?.titles).toEqual(["Defense Minister"]);
  });

  it("does not make a person of the word after 'fellow'", () => {
    expect(scoredEntities(mentionsOf("He thanked his fellow Americans."))).toEqual([]);
  });
});

describe("mentions: records", () => {
  const text = "“Israel’s” envoy met Mossad Director David Barnea in Doha, Qatar’s capital, on Monday.";
  const analysis = mentionsOf(text);

  it("gives every mention exact offsets and a rule", () => {
    expect(analysis.mentions.length).toBeGreaterThan(3);
    for (const m of analysis.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.rule).toMatch(/^(mention|title|desc)\./);
    }
  });

  it("keeps name spans tight (no article, no quote marks, no possessive)", () => {
    const names = analysis.mentions.filter((m) => m.kind === "name").map((m) => m.text);
    expect(names).toEqual(["Israel", "Mossad", "David Barnea", "Doha", "Qatar"]);
  });

  it("points entity mentions back at the entity, with its rules", () => {
    for (const e of analysis.entities) {
      for (const i of e.mentions) expect(analysis.mentions[i].entity).toBe(e.id);
      expect(e.rules.length).toBeGreaterThan(0);
    }
  });

  it("derives stable ids from names", () => {
    expect(analysis.entities.map((e) => e.id)).toEqual(["israel", "mossad", "david-barnea", "doha", "qatar"]);
    expect(mentionsOf(text).entities.map((e) => e.id)).toEqual(analysis.entities.map((e) => e.id));
  });

  it("compares titles without article or quote style", () => {
    expect(titleKey("The former MIA chief")).toBe(titleKey("former MIA chief"));
  });
});
