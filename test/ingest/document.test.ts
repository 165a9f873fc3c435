import { describe, expect, it } from "vitest";
import { segmentDocument } from "../../src/ingest/document.ts";

const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

describe("segmentDocument: title and paragraphs", () => {
  it.each([
    ["Talks Resume in Cairo\n\nMediators met on Monday.", "Talks Resume in Cairo"],
    ["Talks Resume in Cairo\nMediators met on Monday.", null],
    ["\uFEFFTalks Resume in Cairo\r\n\r\nMediators met on Monday.\r\n", "Talks Resume in Cairo"],
    ["### Talks Resume\n\nBody text here.", "Talks Resume"],
  ])("%j has title %j", (text, title) => {
    expect(segmentDocument(text).title?.text ?? null).toBe(title);
  });

  it("does not take a long first paragraph for a title", () => {
    const first = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    expect(segmentDocument(`${first}\n\nSecond paragraph.`).title).toBeNull();
  });

  it("splits paragraphs on blank lines and single newlines, with exact offsets", () => {
    const text = "Headline Here\n\nFirst paragraph.\nSecond paragraph.\r\n\r\n  Third, indented.  \n";
    const doc = segmentDocument(text);
    expect(texts(doc.paragraphs)).toEqual(["First paragraph.", "Second paragraph.", "Third, indented."]);
    for (const p of doc.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("segmentDocument: boilerplate", () => {
  it.each([
    ["Advertisement", "ad"],
    ["By Jane Roe and John Doe", "byline"],
    ["(Jane Roe/Pool via AP)", "caption"],
    ["A man walks past a destroyed building in the city centre. (Jane Roe/Agency)", "caption"],
    ["Be the first to comment", "comments"],
    ["Leave a Reply", "comments"],
    ["Your email address will not be published.", "comments"],
    ["Are you already a subscriber?", "paywall"],
    ["Sign up for our daily newsletter", "newsletter"],
    ["Share on Facebook", "share"],
    ["Related: More coverage of the talks", "related"],
    ["[Read the full statement](https://example.org/statement)", "link"],
    ["(Reporting by Jane Roe; Editing by John Doe)", "credit"],
    ["Watch: The moment the freed crew reached the port", "related"],
    ["Related Topics: Sudan, Darfur, Ceasefires", "related"],
    ["Roe reported from Geneva. Associated Press writer John Doe in Cairo contributed.", "credit"],
    ["Jane Roe contributed reporting.", "credit"],
    ["— With a report from Jane Roe in Lagos", "credit"],
    ["Freed sailors walk off the ferry in the port on Sunday. Photo: Jane Roe", "caption"],
    ["Displaced families queue for water in the camp. Photograph: Jane Roe/Agency", "caption"],
    ["This article was amended on 3 May to correct the spelling of a name.", "footer"],
    ["Sign up to Morning Brief, our free daily newsletter", "newsletter"],
    ["Source: Al Jazeera and news agencies", "credit"],
    ["Comments (12)", "comments"],
    ["Want more stories like this? Sign up for our free Andes Briefing.", "newsletter"],
    ["Get the Morning Wire in your inbox every Friday.", "newsletter"],
    ["A version of this article appears in print on May 4, 2021, Section A, Page 8.", "footer"],
  ])("removes %j as %s", (line, kind) => {
    const doc = segmentDocument(
      `Headline Here\n\nThe talks resumed on Monday, officials said.\n${line}\nThe envoy left.`,
    );
    expect(doc.boilerplate.map((b) => [b.text, b.kind])).toEqual([[line, kind]]);
    expect(texts(doc.paragraphs)).toEqual([
      "The talks resumed on Monday, officials said.",
      "The envoy left.",
    ]);
  });

  it.each([
    "The delegation said it would share its proposal on Monday.",
    "Related talks in Doha ended without a deal, the mediators said.",
    "By the end of the week, both sides had accepted the terms.",
    "Advertisements for the rally appeared across the city.",
    "NATO",
    "It didn't.",
    "The agency reported from Geneva that the talks had stalled over the sequencing of releases.",
    "Watch the border, the commander told his troops.",
    "With a report from the monitors due on Friday, the envoys waited.",
    "The minister showed the new Photo: Border Crossing sign to reporters and left.",
  ])("keeps body text %j", (line) => {
    const doc = segmentDocument(
      `Headline Here\n\nThe talks resumed on Monday.\nAnother line.\nA third line.\n${line}`,
    );
    expect(doc.boilerplate).toEqual([]);
  });

  it("takes a dateline at the top into the metadata", () => {
    const doc = segmentDocument("Headline Here\n\nKHARTOUM\nThe army and the militia agreed to a truce.");
    expect(doc.dateline?.text).toBe("KHARTOUM");
    expect(doc.boilerplate[0].kind).toBe("dateline");
  });

  it("takes a byline into the metadata", () => {
    const doc = segmentDocument(
      "Headline Here\n\nBy Jane Roe\n\nThe army and the militia agreed to a truce.",
    );
    expect(doc.byline?.text).toBe("By Jane Roe");
  });

  it.each([
    ["KHARTOUM (Reuters) — The army agreed to a truce.", "KHARTOUM (Reuters)"],
    ["KYIV, Ukraine — Talks resumed on Monday.", "KYIV, Ukraine"],
    ["DOHA/CAIRO (AFP) - Mediators met on Monday.", "DOHA/CAIRO (AFP)"],
    ["JUBA, June 3 (Reuters) - The truce held.", "JUBA, June 3 (Reuters)"],
    ["The army agreed — after days of talks — to a truce.", null],
  ])("reads an inline dateline from %j", (first, dateline) => {
    const doc = segmentDocument(`Headline Here\n\n${first}\nMore text.`);
    expect(doc.dateline?.text ?? null).toBe(dateline);
    expect(doc.paragraphs[0].text).toBe(first);
  });
});
