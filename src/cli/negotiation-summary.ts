// Summary sections of the negotiation layer: events in date order, a party × issue table of
// positions, figures, and the article's framing.
import type { Analysis, NegotiationEvent, Position } from "../layers.ts";

export function negotiationLines(analysis: Analysis): string[] {
  return [
    ...eventLines(analysis),
    ...positionLines(analysis),
    ...figureLines(analysis),
    ...framingLines(analysis),
  ];
}

function eventLines(analysis: Analysis): string[] {
  const events = [...(analysis.events ?? [])].sort(byDate);
  const lines = ["", `Events (${events.length}, in date order)`];
  for (const e of events) {
    const when = e.date ? (e.date.resolved ?? e.date.text) : "—";
    const who = e.actorsText.length ? e.actorsText.join(", ") : "?";
    const to = e.recipientsText.length ? ` → ${e.recipientsText.join(", ")}` : "";
    const where = e.placeText ? ` @ ${e.placeText}` : "";
    const per = e.source.kind === "author" ? "" : `  [per ${e.source.text ?? e.source.kind}]`;
    lines.push(`  ${when.padEnd(12)} ${e.type} (${e.status}) ${who}${to}${where}${per}`);
    lines.push(`               ${clip(e.evidence.text, 140)}`);
  }
  return lines;
}

/** Dated events first, by resolved date, then undated ones in text order. */
function byDate(a: NegotiationEvent, b: NegotiationEvent): number {
  const da = a.date?.resolved ?? null;
  const db = b.date?.resolved ?? null;
  if (da && db && da !== db) return da < db ? -1 : 1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  return a.evidence.start - b.evidence.start;
}

function positionLines(analysis: Analysis): string[] {
  const positions = analysis.positions ?? [];
  const lines = ["", `Positions (${positions.length})`];
  if (!positions.length) return lines;
  const parties = [...new Set(positions.map((p) => p.partyText))];
  const issues = [...new Set(positions.map((p) => p.issue))];
  const width = Math.max(10, ...parties.map((p) => p.length)) + 2;
  lines.push(`  ${"".padEnd(width)}${issues.map((i) => i.padEnd(20)).join("")}`);
  for (const party of parties) {
    const cells = issues.map((issue) =>
      cell(positions.filter((p) => p.partyText === party && p.issue === issue)),
    );
    lines.push(`  ${party.padEnd(width)}${cells.map((c) => c.padEnd(20)).join("")}`);
  }
  for (const p of positions) {
    const conditions = p.conditions.length ? `  [${p.conditions.map((c) => c.text).join("; ")}]` : "";
    const per = p.source.kind === "author" ? "" : `  (per ${p.source.text ?? p.source.kind})`;
    lines.push(`  - ${p.partyText} ${p.stance} ${p.issue}: ${clip(p.object.text, 80)}${conditions}${per}`);
  }
  return lines;
}

function cell(items: Position[]): string {
  return items.length ? [...new Set(items.map((p) => p.stance))].join("/") : "·";
}

function figureLines(analysis: Analysis): string[] {
  const figures = analysis.figures ?? [];
  const lines = ["", `Figures (${figures.length})`];
  for (const f of figures) {
    const qualifier = f.qualifier ? `${f.qualifier} ` : "";
    const what = f.counted ? ` (${f.counted})` : "";
    const per = f.source.kind === "author" ? "" : `  [per ${f.source.text ?? f.source.kind}]`;
    const asOf = f.asOf ? `  as of ${f.asOf.resolved ?? f.asOf.text}` : "";
    lines.push(`  ${qualifier}${f.value.toLocaleString("en-US")} ${f.unit}${what}${per}${asOf}`);
  }
  return lines;
}

function framingLines(analysis: Analysis): string[] {
  const f = analysis.framing;
  if (!f) return [];
  const lines = ["", "Framing"];
  const byActor = new Map<string, Set<string>>();
  for (const l of f.labels) byActor.set(l.actor, (byActor.get(l.actor) ?? new Set()).add(l.text));
  for (const [actor, labels] of byActor) lines.push(`  labels for ${actor}: ${[...labels].join("; ")}`);
  if (f.scareQuotes.length)
    lines.push(`  in scare quotes: ${[...new Set(f.scareQuotes.map((q) => q.text))].join(", ")}`);
  const share = f.unnamedShare === null ? "—" : `${Math.round(f.unnamedShare * 100)}%`;
  lines.push(`  unnamed sources: ${f.unnamedSources} of ${f.attributions} attributions (${share})`);
  const voices = Object.entries(f.voices).sort((a, b) => b[1] - a[1]);
  if (voices.length) lines.push(`  voices: ${voices.map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const e of f.evaluative) lines.push(`  author's evaluation: ${clip(e.text, 120)}`);
  return lines;
}

function clip(text: string, n: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
