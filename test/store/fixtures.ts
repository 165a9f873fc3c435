// Small articles written for the tests (invented events and people), and a helper to lay them out
// as files.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const HARBOR_TALKS = [
  "Harbor talks resume in Valletta",
  "",
  "Negotiators from Norland and Sudmark met in Valletta on Tuesday, the foreign ministry of Malta said.",
  "",
  "“We are close to an agreement on the exchange of detainees,” said Petra Lindqvist, the chief negotiator for Norland.",
  "",
  "A senior Sudmark official said the talks would continue next week.",
].join("\n");

export const RIVER_TRUCE = [
  "River truce holds for a third day",
  "",
  "The truce along the Vessa river held for a third day, according to observers from the regional monitoring mission.",
  "",
  "Colonel Anton Brandt said his forces had not fired a single shot since the pause began.",
].join("\n");

export const GRAIN_CORRIDOR = [
  "Grain corridor reopens after delay",
  "",
  "The grain corridor through the Kessel strait reopened on Monday after a week of delays, port officials said.",
  "",
  "Mira Castell, the transport minister, told reporters that forty ships were waiting to sail.",
].join("\n");

/** A distinct article per index, for bulk tests: the same shape with numbered details. */
export function numberedArticle(i: number): string {
  return [
    `Round ${i} of the harbor talks ends`,
    "",
    `Delegates closed round ${i} of the talks on the harbor dispute, a spokesperson for the mediators said.`,
    "",
    `“Round ${i} settled ${i % 7} of the open questions,” the spokesperson said, adding that round ${i + 1} would follow.`,
  ].join("\n");
}

export function writeFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-in-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
