// `parley serve` as a user runs it: localhost only by default, the API answering, bad flags refused.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "bin", "parley.js");
const dir = mkdtempSync(join(tmpdir(), "parley-serve-"));
const env = { ...process.env, DATABASE_URL: "" };
let child: ChildProcess | null = null;

afterAll(() => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
});

function startServe(): Promise<string> {
  child = spawn(process.execPath, [BIN, "serve", "--db", join(dir, "store"), "--port", "0"], { env });
  return new Promise((resolve, reject) => {
    let log = "";
    child?.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const url = log.match(/on (http:\/\/[^/]+)\//)?.[1];
      if (url) resolve(url);
    });
    child?.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
  });
}

describe("parley serve", () => {
  it("binds to 127.0.0.1 unless told otherwise, and serves the API", async () => {
    const url = await startServe();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/api/articles`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ total: 0, items: [] });
  });

  it.each([
    ["--port", "http"],
    ["--port", "70000"],
  ])("refuses %s %s", (flag, value) => {
    const run = spawnSync(process.execPath, [BIN, "serve", "--db", join(dir, "store"), flag, value], {
      env,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--port must be a number");
  });
});
