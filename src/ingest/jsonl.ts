// JSONL: one article per line, {text, title, url, published, outlet}. A line that is not JSON, or
// has no text, is reported with its line number and skipped; the other lines still go in.
import { composeText, isoDate, type SourceItem, type SourceProblem } from "./item.ts";

export function readJsonl(file: string, content: string): { items: SourceItem[]; problems: SourceProblem[] } {
  const items: SourceItem[] = [];
  const problems: SourceProblem[] = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ file, line, problem: `not JSON (${(error as Error).message})` });
      continue;
    }
    const item = toItem(file, line, value);
    if (typeof item === "string") problems.push({ file, line, problem: item });
    else items.push(item);
  }
  return { items, problems };
}

function toItem(file: string, line: number, value: unknown): SourceItem | string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "not a JSON object";
  const v = value as Record<string, unknown>;
  if (typeof v.text !== "string" || !v.text.trim()) return 'has no "text" string';
  const title = typeof v.title === "string" && v.title.trim() ? v.title.trim() : null;
  return {
    text: composeText(title, v.text),
    title,
    url: typeof v.url === "string" && v.url ? v.url : null,
    outlet: typeof v.outlet === "string" && v.outlet ? v.outlet : null,
    published: isoDate(v.published),
    file,
    line,
    format: "jsonl",
  };
}
