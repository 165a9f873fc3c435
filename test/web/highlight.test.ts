// Reader highlighting from offsets: segments cover the text exactly, nest innermost first, and
// only http(s) links are ever made clickable.
import { describe, expect, it } from "vitest";
import { safeHref, segmentText } from "../../web/src/highlight.ts";

const TEXT = "Envoys met in Valeria on Sunday, officials said.";

function item(ref: string, layer: string, ...spans: [number, number][]) {
  return { ref, layer, spans: spans.map(([start, end]) => ({ start, end })) };
}

describe("segmentText", () => {
  it.each([
    ["no items: one plain segment", [], [[TEXT, []]]],
    [
      "one item in the middle",
      [item("event:0", "event", [7, 10])],
      [
        ["Envoys ", []],
        ["met", ["event:0"]],
        [" in Valeria on Sunday, officials said.", []],
      ],
    ],
    [
      "nested items: the innermost first",
      [item("claim:a1", "claim", [0, 31]), item("entity:e1", "entity", [14, 21])],
      [
        ["Envoys met in ", ["claim:a1"]],
        ["Valeria", ["entity:e1", "claim:a1"]],
        [" on Sunday", ["claim:a1"]],
        [", officials said.", []],
      ],
    ],
    [
      "an item with two spans",
      [item("claim:a1", "claim", [0, 6], [33, 42])],
      [
        ["Envoys", ["claim:a1"]],
        [" met in Valeria on Sunday, ", []],
        ["officials", ["claim:a1"]],
        [" said.", []],
      ],
    ],
    [
      "spans outside the text are dropped",
      [item("x", "event", [40, 400]), item("y", "event", [5, 2])],
      [[TEXT, []]],
    ],
  ])("%s", (_name, items, expected) => {
    const segments = segmentText(TEXT, items);
    expect(segments.map((s) => [s.text, s.refs])).toEqual(expected);
    expect(segments.map((s) => s.text).join("")).toBe(TEXT);
    for (const s of segments) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps markup in the text as text", () => {
    const text = 'a <img src=x onerror="alert(1)"> b';
    const segments = segmentText(text, [item("e", "event", [2, 32])]);
    expect(segments[1].text).toBe('<img src=x onerror="alert(1)">');
  });
});

describe("safeHref", () => {
  it.each([
    ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ["http://example.org/", "http://example.org/"],
    ["javascript:alert(1)", null],
    [" JaVaScRiPt:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["vbscript:msgbox(1)", null],
    ["/relative/path", null],
    ["", null],
    [null, null],
  ])("%s → %s", (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
