// Odd but valid inputs: every one must analyse without an exception, and every span must be exact.
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/pipeline.ts";
import { buildRecord } from "../../src/record/build.ts";

const CASES: [string, string][] = [
  ["ends on a numbered outlet", "Talks Resume\n\nThe envoy spoke to Channel 12"],
  ["ends on a number", "Talks Resume\n\nThe army said it had freed 12"],
  ["only a title", "Ceasefire Holds\n\n"],
  ["a single word", "Ceasefire"],
  ["unbalanced quotes", "“We will not sign,” he said. “Never.\n\n“And again” she said “"],
  ["quote marks only", '“”\n\n‘’\n\n""'],
  ["all capitals", "MEDIATORS SAY TALKS WILL RESUME IN CAIRO ON MONDAY, OFFICIALS SAID"],
  [
    "CRLF and BOM",
    "\uFEFFTruce Talks\r\n\r\nThe minister said: “We are close.”\r\nHe added that 40 prisoners would go free.\r\n",
  ],
  ["a very long line", `${"The envoy said the talks would resume, ".repeat(400)}officials said.`],
  ["numbers everywhere", "In 2024, at 10:30 on 7 October, the 45-year-old said 3 of 4 (75%) had been freed."],
  ["dashes and colons", "Officials: talks stalled\n\n– A senior official\n\n: :\n\n— —"],
];

describe("robustness", () => {
  it.each(CASES)("%s", (_name, text) => {
    const record = JSON.parse(JSON.stringify(buildRecord(analyzeText(text))));
    for (const a of record.attributions) {
      for (const part of [a.content, a.cue, a.source]) {
        if (part && !(part.spans?.length > 1)) expect(text.slice(part.start, part.end)).toBe(part.text);
      }
    }
    for (const e of record.entities)
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
