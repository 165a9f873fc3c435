// Boilerplate lines (ads, captions, credits, bylines, datelines, prompts, share and related lines)
// recognised by the rules in lexicon/data/boilerplate.json.
import { loadLexicon } from "../lexicon/load.ts";

interface RuleData {
  id: string;
  kind: string;
  pattern: string;
  caseSensitive?: boolean;
  top?: boolean;
}

interface Rule {
  id: string;
  kind: string;
  re: RegExp;
  /** Only within the first lines of the body (datelines, "Published …" lines). */
  top: boolean;
}

/** How many body lines count as the top of an article. */
const TOP_LINES = 3;

let rules: Rule[] | null = null;

function boilerplateRules(): Rule[] {
  rules ??= loadLexicon<{ rules: RuleData[] }>("boilerplate").rules.map((r) => ({
    id: r.id,
    kind: r.kind,
    re: new RegExp(r.pattern, r.caseSensitive ? "u" : "iu"),
    top: r.top === true,
  }));
  return rules;
}

export interface LinePosition {
  /** Index of the line among the body lines (0 = first after the title). */
  index: number;
  total: number;
}

export function classifyBoilerplate(
  line: string,
  position: LinePosition,
): { rule: string; kind: string } | null {
  for (const rule of boilerplateRules()) {
    if (rule.top && position.index >= TOP_LINES) continue;
    if (rule.re.test(line)) return { rule: rule.id, kind: rule.kind };
  }
  return null;
}
