// The readable summary of one article: who said what, grouped by source.
import type { Analysis, Attribution } from "../layers.ts";
import { negotiationLines } from "./negotiation-summary.ts";

export function printSummary(analysis: Analysis): void {
  const lines: string[] = [];
  const { document } = analysis;
  lines.push(document.title ? `# ${document.title.text}` : `# ${analysis.file ?? "(article)"}`);
  if (document.byline) lines.push(document.byline.text);
  lines.push("");
  lines.push(`Entities (${analysis.entities.length})`);
  for (const e of analysis.entities) {
    const titles = e.titles.length ? ` — ${e.titles.join("; ")}` : "";
    lines.push(`  ${e.type.padEnd(12)} ${e.name}${titles}`);
  }
  lines.push("");
  lines.push(`Who said what (${analysis.attributions.length} attributions)`);
  for (const [source, items] of groupBySource(analysis)) {
    lines.push(`  ${source}`);
    for (const a of items) {
      const via = a.via.length ? `  [via ${a.via.map((v) => v.text).join(" ← ")}]` : "";
      const cue = a.cue ? a.cue.text : "—";
      lines.push(`    (${a.kind}, ${cue}) ${clip(a.content.text, 160)}${via}`);
    }
  }
  lines.push(...negotiationLines(analysis));
  if (document.boilerplate.length) {
    lines.push("");
    lines.push(`Boilerplate removed (${document.boilerplate.length})`);
    for (const b of document.boilerplate) lines.push(`  ${b.kind.padEnd(10)} ${clip(b.text, 80)}`);
  }
  console.log(lines.join("\n"));
}

function groupBySource(analysis: Analysis): Map<string, Attribution[]> {
  const groups = new Map<string, Attribution[]>();
  for (const a of analysis.attributions) {
    const key = sourceLabel(analysis, a);
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  return groups;
}

function sourceLabel(analysis: Analysis, a: Attribution): string {
  const s = a.source;
  if (!s) return "(no source)";
  const entity = s.entity ? analysis.entities.find((e) => e.id === s.entity) : undefined;
  if (entity) return `${entity.name} (${entity.type})`;
  if (s.anonymous) return `[unnamed] ${s.resolvedFrom?.text ?? s.text}`;
  return s.text;
}

function clip(text: string, n: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
