import { describe, expect, it } from "vitest";
import type { Attribution } from "../../../src/layers.ts";
import { analyzeText } from "../../../src/pipeline.ts";

function attributionsOf(...paragraphs: string[]): Attribution[] {
  return analyzeText(`Talks update\n\n${paragraphs.join("\n\n")}\n`).attributions.filter(
    (a) => a.cue?.rule !== "attr.headline_colon",
  );
}

function byContent(attributions: Attribution[], fragment: string): Attribution {
  const found = attributions.find((a) => a.content.text.includes(fragment));
  if (!found) throw new Error(`no attribution with content ${fragment}`);
  return found;
}

describe("pronoun and description resolution", () => {
  it.each([
    [
      "he → the earlier named speaker",
      ["Colonel Amir Dayan said the crossing would reopen.", "He added that aid trucks were waiting."],
      "aid trucks",
      { text: "He", resolvedTo: "Colonel Amir Dayan" },
    ],
    [
      "she → the speaker, not a person named in the content",
      ["Maria Lund said Peter Novak had resigned.", "She said the vote would go ahead."],
      "the vote would go ahead",
      { text: "She", resolvedTo: "Maria Lund" },
    ],
    [
      "he → a speaker described with 'the' and named, over an earlier unnamed one",
      [
        "A rebel source said the group wanted guarantees.",
        "The group's chief negotiator, Omar Haddad, denied receiving a proposal. “There is nothing on the table,” he told the group's radio.",
      ],
      "nothing on the table",
      { text: "he", resolvedTo: "The group's chief negotiator, Omar Haddad" },
    ],
    [
      "he → the person who opens his paragraph, over the speaker of the paragraph before",
      [
        "“We will keep talking,” said Pia Holm, the chief negotiator.",
        "Defence Minister Karl Berg was less patient. In a radio interview, he said the army would not wait.",
      ],
      "the army would not wait",
      { text: "he", resolvedTo: "Karl Berg" },
    ],
    [
      "the statement → the speaker who 'said in a statement', not a person named in the speaker's aside",
      [
        "The rebel delegation, led by Omar Nasser, said in a statement that the truce held. The statement said talks would resume.",
      ],
      "talks would resume",
      { text: "The statement", resolvedTo: "The rebel delegation" },
    ],
    [
      "they → the speakers before, not the group their own words are about",
      [
        "Kinshasa accepted the draft, two diplomats briefed on the talks said. The M23 rejected it and demanded more, they said.",
      ],
      "The M23 rejected it",
      { text: "they", resolvedTo: "two diplomats briefed on the talks" },
    ],
    [
      "which → the organization it follows, not a person",
      [
        "Jan Kos said the road was shut, according to the relief agency Medaid, which said its trucks were blocked.",
      ],
      "its trucks were blocked",
      { text: "which", resolvedTo: "Medaid" },
    ],
    [
      "the official → the earlier unnamed official, still unnamed",
      ["A senior Egyptian official said the delegations had met.", "The official said a text was ready."],
      "a text was ready",
      { text: "The official", resolvedTo: "A senior Egyptian official" },
    ],
    [
      "he → a person described as the subject of the sentence before, still unnamed",
      [
        "Maria Lund said the talks had stalled.",
        "A retired Norwegian diplomat who once chaired the contact group saw the pause as useful. “Nobody is shooting at the table,” he said.",
      ],
      "Nobody is shooting",
      { text: "he", resolvedTo: "A retired Norwegian diplomat" },
    ],
    [
      "he is not a place or an organization that spoke in between",
      [
        "Ivo Marek said the talks were close and that Washington hoped to host the next round. “We are nearly there,” he said.",
      ],
      "We are nearly there",
      { text: "he", resolvedTo: "Ivo Marek" },
    ],
  ])("%s", (_name, paragraphs, fragment, expected) => {
    const a = byContent(attributionsOf(...paragraphs), fragment);
    expect(a.source?.text).toBe(expected.text);
    expect(a.source?.resolvedFrom?.text).toBe(expected.resolvedTo);
  });

  it.each([
    [
      "the organization named beside its earlier mention",
      ["In the same statement, Hamas struck a defiant tone.", '"We will not bend," the statement said.'],
      "hamas",
    ],
    [
      "not the outlet that carried it",
      ["Hamas issued a statement carried by Al Jazeera.", "The statement said the men had been freed."],
      "hamas",
    ],
    [
      "nobody when no one is named beside it",
      ["A statement was posted online.", "The statement said the truce held."],
      null,
    ],
  ])("gives 'the statement' its issuer: %s", (_label, paragraphs, entity) => {
    const attributions = attributionsOf(...paragraphs);
    expect(attributions.at(-1)?.source?.entity ?? null).toBe(entity);
  });

  it("keeps an unnamed source unnamed, with descriptor and affiliation", () => {
    const a = byContent(
      attributionsOf("A senior Israeli official said the talks had stalled."),
      "the talks had stalled",
    );
    expect(a.source).toMatchObject({
      kind: "unnamed",
      anonymous: true,
      descriptor: "official",
      affiliation: "Israel",
      entity: null,
    });
  });

  it("keeps a description unnamed when a place follows its head, and 'he' stands for it", () => {
    const list = attributionsOf(
      "According to a local elected official in Gao, who asked not to be named, the talks were held in a mosque. He said they lasted two days.",
    );
    const first = byContent(list, "the talks were held");
    expect(first.source).toMatchObject({
      text: "a local elected official in Gao, who asked not to be named",
      kind: "unnamed",
      descriptor: "official",
      entity: null,
    });
    expect(byContent(list, "they lasted two days").source?.resolvedFrom?.text).toBe(first.source?.text);
  });

  it("gives a resolved description the affiliation of what it stands for", () => {
    const list = attributionsOf(
      "A senior Qatari official said the draft was ready.",
      "The official said both sides had seen it.",
    );
    const a = byContent(list, "both sides had seen it");
    expect(a.source).toMatchObject({ kind: "unnamed", anonymous: true, affiliation: "Qatar" });
  });

  it("describes several people familiar with something by their head noun", () => {
    const a = byContent(
      attributionsOf("Two people familiar with the discussions said a deal was near."),
      "a deal was near",
    );
    expect(a.source).toMatchObject({ kind: "unnamed", descriptor: "people", anonymous: true });
  });

  it("classifies a statement as a document source", () => {
    const a = byContent(
      attributionsOf("“The crossings are open,” the ministry statement said."),
      "The crossings are open",
    );
    expect(a.source).toMatchObject({ kind: "document", descriptor: "statement" });
  });

  it("names a document by its noun, not by the agent of 'circulated by'", () => {
    const a = byContent(
      attributionsOf("According to a draft text circulated by the mediators, the swap would take 45 days."),
      "the swap would take 45 days",
    );
    expect(a.source).toMatchObject({ kind: "document", descriptor: "text" });
  });

  it("does not resolve a pronoun with no earlier speaker in reach", () => {
    const a = byContent(attributionsOf("He said the border was closed."), "the border was closed");
    expect(a.source?.resolvedFrom).toBeNull();
  });
});

describe("relays", () => {
  it("names a described relay after the outlet it stands for", () => {
    const list = attributionsOf(
      "A diplomat told Al Jazeera that talks would resume.",
      "Two officials told the broadcaster that no date was set.",
    );
    const a = byContent(list, "no date was set");
    expect(a.via[0]).toMatchObject({ text: "the broadcaster", name: "Al Jazeera" });
  });

  it("carries an interview's relay over to the same speaker's later statements", () => {
    const list = attributionsOf(
      "In an interview with the Financial Times, Sara Kiel said the offer was serious.",
      "She said a reply was expected within days.",
    );
    expect(byContent(list, "a reply was expected").via.map((v) => v.text)).toEqual(["the Financial Times"]);
  });

  it.each([
    ["a different head noun", "Some analysts said the talks were a formality."],
    ["the same head noun, but indefinite", "Other diplomats said the talks were a formality."],
  ])("does not carry a relay over to a new unnamed speaker: %s", (_name, second) => {
    const list = attributionsOf("A diplomat told CNN that talks would resume.", second);
    expect(byContent(list, "a formality").via).toEqual([]);
  });
});

describe("appositive names", () => {
  it.each([
    [
      "a role, then the name after the comma",
      "Its chief negotiator, Samir Haddad, said the talks would resume.",
    ],
    ["a possessive role, then the name", "The rebels' spokesman, Samir Haddad, said the talks would resume."],
  ])("%s links the source to the person", (_name, sentence) => {
    const analysis = analyzeText(`Talks update\n\nSamir Haddad arrived on Monday.\n\n${sentence}\n`);
    const a = analysis.attributions.find((x) => x.content.text.includes("the talks would resume"));
    const person = analysis.entities.find((e) => e.name === "Samir Haddad");
    expect(person).toBeDefined();
    expect(a?.source?.entity).toBe(person?.id);
    expect(a?.source?.anonymous).toBe(false);
  });

  it("does not take a person named inside the content for the source", () => {
    const analysis = analyzeText(
      "Talks update\n\nA senior official said Samir Haddad, the envoy, had left.\n",
    );
    const a = analysis.attributions.find((x) => x.content.text.includes("had left"));
    expect(a?.source?.anonymous).toBe(true);
  });
});

describe("titled names", () => {
  it("a title before the name does not hide the person", () => {
    const analysis = analyzeText(
      "Talks update\n\nForeign Minister Lena Brandt said the talks would resume.\n",
    );
    const a = analysis.attributions[0];
    expect(a.source?.entity).toBe(analysis.entities.find((e) => e.name === "Lena Brandt")?.id);
  });
});
