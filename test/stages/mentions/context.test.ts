import { describe, expect, it } from "vitest";
import { entityNamed, mentionsOf, scoredEntities } from "./helpers.ts";

describe("mentions: organization names through possessives and member words", () => {
  it.each([
    [
      "The Oromo People's Democratic Front rejected the offer on Monday.",
      ["Oromo People's Democratic Front (organization)"],
    ],
    [
      "On Friday the Baluch Workers' Liberation Army met in secret.",
      ["Baluch Workers' Liberation Army (organization)"],
    ],
    [
      "A statement from the Karen National Democratic Alliance Army followed the raid.",
      ["Karen National Democratic Alliance Army (organization)"],
    ],
  ])("%s", (text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toEqual(expected);
  });

  it.each([
    [
      "On Monday the Nuba People's Liberation Movement-North attacked.",
      "Nuba People's Liberation Movement-North (organization)",
    ],
    ["The Karen Liberation Army-South denied it.", "Karen Liberation Army-South (organization)"],
  ])("a hyphenated branch after the head: %s", (text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toContain(expected);
  });

  it.each([
    ["a hyphenated pair of names", "The Lopez-Garcia family said so.", "Lopez-Garcia (organization)"],
    ["a compound modifier", "An Ivy League-trained doctor said so.", "Ivy League-trained (organization)"],
  ])("no hyphenated organization: %s", (_label, text, unexpected) => {
    expect(scoredEntities(mentionsOf(text))).not.toContain(unexpected);
  });

  it.each([
    ["Ukraine's General Staff said the attack failed.", "General Staff (organization)"],
    ["The Commander-in-Chief Forum was held in May.", "Commander-in-Chief Forum (organization)"],
  ])("title words that an organization head ends: %s", (text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toContain(expected);
  });

  it("an acronym joins the name it abbreviates, the possessive aside", () => {
    const analysis = mentionsOf(
      "The Oromo People's Democratic Front spoke first. The OPDF then left the talks.",
    );
    expect(entityNamed(analysis, "OPDF")?.name).toBe("Oromo People's Democratic Front");
  });

  it.each([
    ["a person's possessive", "Maria Lopez's Liberation Front was dissolved.", "Maria Lopez (person)"],
    ["no organization head", "The Tamil People's Liberation said nothing.", null],
  ])("no chain: %s", (_label, text, expected) => {
    const found = scoredEntities(mentionsOf(text));
    expect(found.some((e) => e.includes("'s") && e.endsWith("(organization)"))).toBe(false);
    if (expected) expect(found).toContain(expected);
  });
});

describe("mentions: company and agency head words", () => {
  it.each([
    ["Investors dumped Harlan Energy on Monday.", "Harlan Energy (organization)"],
    ["Crestline Natural Resources filed for bankruptcy.", "Crestline Natural Resources (organization)"],
    ["Workers at Redrock Mining went on strike.", "Redrock Mining (organization)"],
    ["He said Border Enforcement detained him.", "Border Enforcement (organization)"],
  ])("%s", (text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toContain(expected);
  });

  it("a lone head word is no name", () => {
    expect(scoredEntities(mentionsOf("Prices rose. Energy was scarce, and Mining slowed."))).toEqual([]);
  });
});

describe("mentions: unknown names typed by their context", () => {
  it.each([
    ["the town of X", "Troops entered the town of Vuhledar on Sunday.", "Vuhledar (place)"],
    ["the village of X", "Shells fell near the village of Kashkadar.", "Kashkadar (place)"],
    ["the province of X", "Clashes spread in the eastern province of Zelvara.", "Zelvara (place)"],
    ["an X camp", "Aid reached the Kalma camp at dawn.", "Kalma (place)"],
    ["near X", "Soldiers dug in near Tovrik, officials said.", "Tovrik (place)"],
    ["a list of places", "Fighting was reported in Marib and Qataba.", "Qataba (place)"],
    ["an X militia", "The Zarvak militia denied the attack.", "Zarvak (organization)"],
    ["an X newspaper", "He told the Kommersant newspaper that talks were over.", "Kommersant (organization)"],
    ["a company X", "Workers of the state oil company Petrolandia walked out.", "Petrolandia (organization)"],
    ["X rebels", "Fighting between troops and K12 rebels resumed.", "K12 (organization)"],
    ["a listed town after a preposition", "Refugees fled toward Goma on Sunday.", "Goma (place)"],
    [
      "an apposition, once among plain mentions",
      "Rebels left Vorsk, the largest town in the north. Vorsk fell in May. Vorsk is quiet.",
      "Vorsk (place)",
    ],
    ["a direction of X", "Troops took Orlivka, a village northeast of Stavky.", "Stavky (place)"],
    ["an apposition with an article", "They shelled Dovra, a border village, at night.", "Dovra (place)"],
  ])("%s", (_label, text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toContain(expected);
  });

  it.each([
    ["a possessive after the preposition", "We live in Satan's shadow, the preacher said."],
    ["an adjective of a group", "Schools in Black and Brown communities closed."],
    ["a person after a noun that governs the preposition", "Public confidence in Okonjo fell, a poll found."],
    ["a numbered round", "Everybody knew what to expect in Round 2, he said."],
    ["a place noun modifying another", "She called in to a Zarvak town hall on Friday."],
    [
      "a surname in a camp",
      "Aides in the Kowalski camp said Kowalski would run. Kowalski declined to comment.",
    ],
  ])("no place or organization: %s", (_label, text) => {
    const retyped = scoredEntities(mentionsOf(text)).filter((e) => !e.includes("Marib"));
    expect(retyped.filter((e) => /\((place|organization)\)/.test(e))).toEqual([]);
  });

  it("a titled person stays a person after a preposition", () => {
    const analysis = mentionsOf(
      "Lawmakers in Congress voted after Senator Alma Rivers spoke near Rivers' home.",
    );
    expect(entityNamed(analysis, "Alma Rivers")?.type).toBe("person");
  });

  it("records the rule that typed the name", () => {
    const analysis = mentionsOf("Troops entered the town of Vuhledar on Sunday.");
    expect(analysis.mentions.find((m) => m.text === "Vuhledar")?.rule).toBe("mention.context.place_noun_of");
  });
});

describe("mentions: ambiguous country names", () => {
  it("Congo is DR Congo, the more populous, as in its full name", () => {
    const analysis = mentionsOf(
      "The Democratic Republic of Congo accused Rwanda. Congo's army said it would fight.",
    );
    const congo = entityNamed(analysis, "Congo");
    expect(congo?.name).toBe("DR Congo");
    expect(congo).toBe(entityNamed(analysis, "Democratic Republic of Congo"));
  });

  it("the Republic of the Congo keeps its own name", () => {
    const analysis = mentionsOf("Officials in the Republic of the Congo and Congo-Brazzaville agreed.");
    expect(entityNamed(analysis, "Congo-Brazzaville")?.name).toBe("Republic of the Congo");
  });

  it("a title before a comma and the name: the source and the title are found", () => {
    const analysis = mentionsOf("Congo's government spokesman, Jean Mbala, said the truce had failed.");
    const person = entityNamed(analysis, "Jean Mbala");
    expect(person?.type).toBe("person");
    expect(person?.titles.join()).toContain("government spokesman");
  });
});

describe("mentions: a country's army", () => {
  it.each([
    ["the Sudanese army accused the RSF.", "Sudanese army (organization)"],
    ["Talks between the Lebanese army and the UN began.", "Lebanese army (organization)"],
  ])("%s", (text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toContain(expected);
  });

  it("joins the listed force of the country when the article names it", () => {
    const analysis = mentionsOf("The Israel Defense Forces said so. The Israeli army denied it later.");
    expect(entityNamed(analysis, "Israeli army")?.name).toBe("Israel Defense Forces");
  });

  it.each([
    ["a plain description", "The Israeli military said it struck a depot."],
    ["a demonym before another noun", "Sudanese officials and army officers met."],
  ])("no organization: %s", (_label, text) => {
    expect(scoredEntities(mentionsOf(text)).filter((e) => e.endsWith("(organization)"))).toEqual([]);
  });
});

describe("mentions: an acronym in parentheses after an organization", () => {
  it("joins it whatever language its initials come from", () => {
    const analysis = mentionsOf(
      "Talks with the Popular Revolutionary Army (EPR) stalled. The EPR later freed two hostages.",
    );
    expect(entityNamed(analysis, "EPR")?.name).toBe("Popular Revolutionary Army");
  });

  it.each([
    ["after a person", "Maria Lopez (EPR) spoke. The EPR then left."],
    ["not in parentheses", "The Popular Revolutionary Army fought on. The EPR then left."],
  ])("does not join: %s", (_label, text) => {
    const analysis = mentionsOf(text);
    expect(entityNamed(analysis, "EPR")?.name ?? "EPR").toBe("EPR");
  });

  it("a government by its head word", () => {
    const analysis = mentionsOf("The rival National Salvation Government said it would join the talks.");
    expect(scoredEntities(analysis)).toContain("National Salvation Government (organization)");
  });
});

describe("mentions: a place name as a surname", () => {
  it.each([
    ["Sara Kiel said the offer was serious.", "Sara Kiel (person)"],
    ["The envoy met Tomas Jordan in Geneva on Monday.", "Tomas Jordan"],
  ])("%s", (text, expected) => {
    const names = scoredEntities(mentionsOf(text));
    expect(names.some((n) => n.startsWith(expected))).toBe(true);
    expect(names).not.toContain("Kiel (place)");
    expect(names).not.toContain("Jordan (place)");
  });

  it("a place after a preposition stays a place", () => {
    expect(scoredEntities(mentionsOf("The delegations met in Kiel on Monday."))).toContain("Kiel (place)");
  });
});

describe("mentions: portfolio titles, outlets by their classifier, conflict regions", () => {
  it.each([
    ["Ukrainian Energy Minister Iryna Kovalenko spoke first.", "Iryna Kovalenko (person)"],
    ["He told the Vesnara news agency that talks would resume.", "Vesnara (organization)"],
    ["Shelling resumed along the Line of Control in Kashmir.", "Kashmir (place)"],
    ["Kidnappings have spread across the Sahel.", "Sahel (place)"],
  ])("%s", (text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toContain(expected);
  });
});

describe("mentions: a name that an acronym in parentheses follows is an organization's", () => {
  it.each([
    ["Barisan Tani Merdeka (BTM) fighters attacked.", "Barisan Tani Merdeka (organization)", "BTM"],
    [
      "The Frente Popular Unido (FPU) signed on Monday. The FPU then left.",
      "Frente Popular Unido (organization)",
      "FPU",
    ],
  ])("%s", (text, expected, acronym) => {
    const analysis = mentionsOf(text);
    expect(scoredEntities(analysis)).toContain(expected);
    expect(entityNamed(analysis, expected.split(" (")[0])?.aliases).toContain(acronym);
  });

  it.each([
    ["a credit", "Maria Lopez (AP) reported the attack.", "Maria Lopez (person)"],
    ["a party label", "Senator John Hale (R-Ky.) objected.", "John Hale (person)"],
  ])("not for %s", (_label, text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toContain(expected);
  });
});

describe("mentions: a country's ministry named with its possessive", () => {
  it("keeps two countries' ministries apart, each with its country", () => {
    const analysis = mentionsOf(
      "Chile's Defence Ministry said two soldiers were hurt. Peru's Defence Ministry denied it.",
    );
    expect(scoredEntities(analysis)).toEqual([
      "Chile (place)",
      "Chile's Defence Ministry (organization)",
      "Peru (place)",
      "Peru's Defence Ministry (organization)",
    ]);
    expect(entityNamed(analysis, "Peru's Defence Ministry")?.affiliation).toBe("peru");
  });

  it("reads a lower-case ministry after a country's possessive as the same body", () => {
    const analysis = mentionsOf(
      "Chile's Foreign Ministry said so. Later Chile's foreign ministry denied it.",
    );
    expect(scoredEntities(analysis)).toEqual(["Chile (place)", "Chile's Foreign Ministry (organization)"]);
    expect(scoredEntities(mentionsOf("China's economy grew."))).toEqual(["China (place)"]);
  });

  it("joins the demonym form of the same ministry", () => {
    const analysis = mentionsOf(
      "The Chilean Foreign Ministry said so. Later Chile's Foreign Ministry denied it.",
    );
    expect(scoredEntities(analysis).filter((e) => e.endsWith("(organization)"))).toHaveLength(1);
  });
});

describe("mentions: places and names at their edges", () => {
  it.each([
    [
      "a place after 'in' inside a long apposition",
      "Ana Ruiz, a researcher at the Andean Policy Observatory in Quito, said so.",
      ["Ana Ruiz (person)", "Andean Policy Observatory (organization)", "Quito (place)"],
    ],
    [
      "a connector before a month ends a name",
      "The two leaders will meet in Gabala on June 18.",
      ["Gabala (place)"],
    ],
    ["a stronghold of", "The strike hit the rebel stronghold of Jilib.", ["Jilib (place)"]],
  ])("%s", (_label, text, expected) => {
    expect(scoredEntities(mentionsOf(text))).toEqual(expected);
  });

  it("keeps a country inside a title a modifier", () => {
    expect(scoredEntities(mentionsOf("US Secretary of State Antony Blinken arrived."))).toEqual([
      "Antony Blinken (person)",
    ]);
  });
});
