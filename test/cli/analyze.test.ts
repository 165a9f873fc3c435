import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function parley(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin/parley.js"), ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("parley analyze", () => {
  it("analyses the good articles of a folder, names the bad ones and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
    const input = join(dir, "in");
    mkdirSync(input);
    writeFileSync(join(input, "good.txt"), "Truce Holds\n\nThe truce held overnight, the army said.\n");
    writeFileSync(join(input, "empty.txt"), "");
    writeFileSync(join(input, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0]));
    const out = join(dir, "out");
    const r = parley("analyze", input, "--out", out, "--no-progress");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(input, "empty.txt")}: is empty`);
    expect(r.stderr).toContain(`${join(input, "binary.txt")}: is binary`);
    const record = JSON.parse(readFileSync(join(out, "good.json"), "utf8"));
    expect(record.document.title).toBe("Truce Holds");
    expect(existsSync(join(out, "empty.json"))).toBe(false);
  });

  it("reports a folder without articles and a missing path", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
    const r = parley("analyze", dir, join(dir, "missing.txt"), "--out", join(dir, "out"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}: is a folder with no articles`);
    expect(r.stderr).toContain("missing.txt: does not exist");
  });

  it("prints a readable summary for one file", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
    const file = join(dir, "one.txt");
    writeFileSync(file, "Truce Holds\n\nAdvertisement\n\nThe truce held overnight, the army said.\n");
    const r = parley("analyze", file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Truce Holds");
    expect(r.stdout).toMatch(/Boilerplate removed \(1\)/);
  });
});
