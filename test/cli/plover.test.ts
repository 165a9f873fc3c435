import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runAnalyze } from "../../src/cli/analyze.ts";

describe("parley analyze --format plover", () => {
  it("writes one PLOVER line per event with CAMEO, status and sourced evidence", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-plover-"));
    const file = join(dir, "story.txt");
    writeFileSync(
      file,
      "Truce talks\n\nKyiv rejected the proposal for a truce on Thursday, officials said.\n",
    );
    writeFileSync(join(dir, "story.meta.json"), JSON.stringify({ published: "2024-03-09", outlet: "Wire" }));
    const out = join(dir, "out");
    expect(runAnalyze([file], { out, format: "plover" })).toBe(0);
    const lines = readFileSync(join(out, "story.plover.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const rejection = lines.find((l) => l.parley_type === "rejection");
    expect(rejection).toMatchObject({
      event_type: "REJECT",
      cameo: "127",
      status: "occurred",
      event_date: "2024-03-07",
    });
    expect(rejection.source).toMatchObject({ outlet: "Wire", published: "2024-03-09" });
    expect(rejection.text).toContain("Kyiv rejected the proposal");
  });

  it("adds events, positions, figures and framing to the readable summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-summary-"));
    const file = join(dir, "story.txt");
    writeFileSync(
      file,
      "Truce talks\n\nKyiv rejected the proposal for a truce on Thursday. At least 12 people were killed.\n",
    );
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(runAnalyze([file], { published: "2024-03-09" })).toBe(0);
    const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
    log.mockRestore();
    expect(printed).toContain("Events (");
    expect(printed).toMatch(/2024-03-07 +rejection \(occurred\) Kyiv/);
    expect(printed).toMatch(/Positions \(1\)[\s\S]*Kyiv +reject/);
    expect(printed).toContain("At least 12 people (killed)");
    expect(printed).toContain("Framing");
  });

  it("refuses an unknown format", () => {
    expect(runAnalyze(["nothing.txt"], { format: "xml" })).toBe(2);
  });
});
