import { describe, expect, it } from "vitest";
import { buildTextModel } from "../../src/text/model.ts";

/** Quotes of a text whose paragraphs are separated by blank lines. */
function quotesOf(text: string) {
  const segments = [];
  let start = 0;
  for (const part of text.split("\n\n")) {
    segments.push({ start, end: start + part.length, text: part });
    start += part.length + 2;
  }
  return buildTextModel(text, segments).quotes;
}

describe("quotation spans", () => {
  it.each([
    ["curly double quotes", "He said “we are ready” today.", ["we are ready"], "double"],
    ["straight double quotes", 'He said "we are ready" today.', ["we are ready"], "double"],
    ["single curly quotes", "A so-called ‘pause’ began.", ["pause"], "single"],
    ["two apostrophes as a double mark", "''We are ready,'' he said.", ["We are ready,"], "double"],
    [
      "backticks and apostrophes as double marks",
      "He said ``we are ready'' today.",
      ["we are ready"],
      "double",
    ],
    [
      "a single quote inside doubled marks",
      "''They call it a 'pause','' she said.",
      ["They call it a 'pause',", "pause"],
      "double",
    ],
    ["apostrophes are not quotes", "Israel’s envoy can’t attend.", [], null],
    [
      "a closing single quote after a plural possessive is not a quote",
      "The hostages’ families met.",
      [],
      null,
    ],
  ])("%s", (_name, text, inners, mark) => {
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.inner.text)).toEqual(inners);
    if (mark) expect(quotes[0].mark).toBe(mark);
    for (const q of quotes) expect(text.slice(q.inner.start, q.inner.end)).toBe(q.inner.text);
  });

  it("ends a quotation in doubled marks after its second mark", () => {
    const text = "''No deal yet,'' the envoy said.";
    const [quote] = quotesOf(text);
    expect(text.slice(quote.open, quote.close)).toBe("''No deal yet,''");
    expect(quote.closeMark).toBe(text.indexOf("'' the"));
  });

  it("runs over paragraphs when the next one reopens with a mark", () => {
    const text = "“We are close.\n\n“But nothing is agreed.”";
    const [quote] = quotesOf(text);
    expect(quote.multiParagraph).toBe(true);
    expect(quote.open).toBe(0);
    expect(quote.close).toBe(text.length);
  });

  it("leaves an unbalanced mark unclosed at its paragraph end instead of pairing across paragraphs", () => {
    const quotes = quotesOf("He said “we are ready.\n\nNobody answered “at all.”");
    expect(quotes.map((q) => [q.inner.text, q.unclosed, q.multiParagraph])).toEqual([
      ["we are ready.", true, false],
      ["at all.", false, false],
    ]);
  });

  it("keeps a quote inside a quote", () => {
    const quotes = quotesOf("“They told us ‘wait’ again,” she said.");
    expect(quotes.map((q) => q.mark).sort()).toEqual(["double", "single"]);
  });
});
