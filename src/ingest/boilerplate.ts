// Boilerplate lines (ads, captions, credits, bylines, datelines, prompts, share and related lines)
// recognised by the rules in lexicon/data/boilerplate.json.
import { loadLexicon } from "../lexicon/load.ts";

interface RuleData {
  id: string;
  kind: string;
  pattern: string;
}

interface Rule {
  id: string;
  kind: string;
  re: RegExp;
}

let rules: Rule[] | null = null;

function boilerplateRules(): Rule[] {
  rules ??= loadLexicon<{ rules: RuleData[] }>("boilerplate").rules.map((r) => ({
    id: r.id,
    kind: r.kind,
    re: new RegExp(r.pattern, "iu"),
  }));
  return rules;
}

export interface LinePosition {
  /** Index of the line among the body lines (0 = first after the title). */
  index: number;
  total: number;
}

export function classifyBoilerplate(line: string, position: LinePosition): { rule: string; kind: string } | null {
  for (const rule of boilerplateRules()) {
    // Datelines ("YERUSHALAYIM") only stand at the top of an article.
    if (rule.kind === "dateline" && position.index > 2) continue;
    if (rule.re.test(line)) return { rule: rule.id, kind: rule.kind };
  }
  return null;
}
