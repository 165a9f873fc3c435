import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, readArticle } from "../../src/ingest/read.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-read-"));
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("readArticle", () => {
  it("keeps a BOM in the text so offsets match the file as read", () => {
    const path = file("bom.txt", "\uFEFFHeadline\n\nBody.");
    expect(readArticle(path)).toBe("\uFEFFHeadline\n\nBody.");
  });

  it.each([
    ["empty.txt", new Uint8Array(), "is empty"],
    ["blank.txt", " \n\n\t\n", "has no text"],
    ["binary.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), "is binary"],
    ["latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), "is not valid UTF-8"],
  ])("rejects %s: %s", (name, bytes, problem) => {
    const path = file(name, bytes);
    expect(() => readArticle(path)).toThrow(InputError);
    expect(() => readArticle(path)).toThrow(`${path}: ${problem}`);
  });

  it("names a missing file and a directory", () => {
    expect(() => readArticle(join(dir, "nope.txt"))).toThrow(/nope\.txt: cannot be read \(ENOENT\)/);
    expect(() => readArticle(dir)).toThrow(/is a directory/);
  });
});
