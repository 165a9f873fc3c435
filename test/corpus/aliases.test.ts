import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { readAliasFile } from "../../src/corpus/view.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-aliases-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.each<[string, string, boolean]>([
  [
    "merge and split groups",
    '{"merge": [["Lena Marsh", "The Harbor Chief"]], "split": [["Delta Council", "Council"]]}',
    true,
  ],
  ["only merges", '{"merge": [["A", "B"]]}', true],
  ["a group that is not a list", '{"merge": ["Lena Marsh"]}', false],
  ["a name that is not a string", '{"split": [["A", 3]]}', false],
])("reads an alias file with %s", (_, content, valid) => {
  const file = join(dir, "aliases.json");
  writeFileSync(file, content);
  if (valid) expect(readAliasFile(file)).toEqual(JSON.parse(content));
  else expect(() => readAliasFile(file)).toThrow(/alias file/);
});

it("reads no file as no aliases", () => {
  expect(readAliasFile(undefined)).toEqual({});
});
