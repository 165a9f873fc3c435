import { describe, expect, it } from "vitest";
import { buildTextModel } from "../../src/text/model.ts";

function model(text: string) {
  return buildTextModel(text, [{ start: 0, end: text.length, text }]);
}

describe("text model", () => {
  it.each([
    ["The talks resumed. Hamas said it was ready.", 2],
    ["“We are ready,” he said. Nobody answered.", 2],
    ["One sentence only", 1],
  ])("splits %j into %i sentences", (text, n) => {
    expect(model(text).sentences).toHaveLength(n);
  });

  it("keeps token offsets exact, curly quotes and all", () => {
    const text = "Israel’s envoy said “not yet” on Tuesday.";
    const m = model(text);
    for (const t of m.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(m.tokens.map((t) => t.text)).toContain("Tuesday");
  });

  it("makes one quote-mark token of two apostrophes, with exact offsets", () => {
    const text = "''We will not sign,'' the minister said, ``not today.''";
    const m = model(text);
    const marks = m.tokens.filter((t) => t.norm === '"');
    expect(marks.map((t) => t.text)).toEqual(["''", "''", "``", "''"]);
    for (const t of m.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("never lets two sentences share a token when a sentence ends inside a doubled mark", () => {
    const text = "''No,'' he said on ''Evening News.'' ''We leave now.''";
    const m = model(text);
    for (let i = 1; i < m.sentences.length; i++)
      expect(m.sentences[i].tokenStart).toBe(m.sentences[i - 1].tokenEnd);
    expect(m.tokens.every((t) => t.sentence >= 0)).toBe(true);
  });

  it("offsets tokens after non-breaking and wide spaces", () => {
    const text = "The envoy\u00a0said\u2009no  deal\tyet.";
    const m = model(text);
    expect(m.tokens.map((t) => t.text)).toEqual(["The", "envoy", "said", "no", "deal", "yet", "."]);
    for (const t of m.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("offsets paragraphs after the first", () => {
    const text = "First paragraph here.\n\nSecond one, said Ali.";
    const m = buildTextModel(text, [
      { start: 0, end: 21, text: text.slice(0, 21) },
      { start: 23, end: text.length, text: text.slice(23) },
    ]);
    expect(m.paragraphs).toHaveLength(2);
    const ali = m.tokens.find((t) => t.text === "Ali");
    expect(ali && text.slice(ali.start, ali.end)).toBe("Ali");
    expect(m.sentences[1].paragraph).toBe(1);
  });

  it("never lets a sentence cross a single newline, and skips text outside the segments", () => {
    const text = "Talks stalled\nAdvertisement\nThe envoy left on Monday";
    const segments = [
      { start: 0, end: 13, text: "Talks stalled" },
      { start: 28, end: text.length, text: text.slice(28) },
    ];
    const m = buildTextModel(text, segments);
    expect(m.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Talks stalled",
      "The envoy left on Monday",
    ]);
    expect(m.tokens.some((t) => t.text === "Advertisement")).toBe(false);
    expect(m.paragraphs.map((p) => [p.sentenceStart, p.sentenceEnd])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});
