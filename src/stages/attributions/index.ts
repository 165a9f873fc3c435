// Attributions stage: source, cue and content of every attributed statement, with the relays
// that passed it on. Linear passes over the clauses of the text model; lexicons are precompiled.
import type { Analysis, Attribution, Relay } from "../../layers.ts";
import { buildContext, type Context } from "./context.ts";
import { findCues } from "./cues.ts";
import { type Draft, draftFromCue } from "./drafts.ts";
import { REPORT_LIKE } from "./lexicon.ts";
import { blockRelays, nest } from "./nesting.ts";
import { floatingQuotes, headlineColon, pullQuotes, speakerColons } from "./paragraphs.ts";
import { classifySource } from "./sources.ts";

export function extractAttributions(analysis: Analysis): void {
  const ctx = buildContext(analysis);
  const drafts = clauseDrafts(ctx);
  drafts.push(...pullQuotes(ctx, drafts));
  drafts.push(...speakerColons(ctx, drafts));
  const headline = headlineColon(ctx, analysis.mentions);
  if (headline) drafts.push(headline);
  drafts.sort((a, b) => a.anchor - b.anchor);
  drafts.push(...floatingQuotes(ctx, drafts));
  drafts.sort((a, b) => a.anchor - b.anchor);
  const kept = nest(ctx, drafts, REPORT_LIKE);
  blockRelays(ctx, kept);
  analysis.attributions = kept.map((d, i) => toAttribution(ctx, d, i));
  linkParents(kept, analysis.attributions);
}

function clauseDrafts(ctx: Context): Draft[] {
  const drafts: Draft[] = [];
  for (let c = 0; c < ctx.clauses.length; c++) {
    const clause = ctx.clauses[c];
    if (clause.paragraph < ctx.bodyStart) continue;
    const inClause: Draft[] = [];
    for (const cue of findCues(ctx, clause.tokenStart, clause.tokenEnd)) {
      const draft = draftFromCue(ctx, cue, c, inClause);
      if (draft) inClause.push(draft);
    }
    cutBeforeLaterSources(ctx, inClause);
    drafts.push(...inClause);
  }
  return drafts;
}

/** "S1 said C1, S2 said": the first content stops before the second source, whose content
 * (the clause before it) then holds the first attribution. */
function cutBeforeLaterSources(ctx: Context, drafts: Draft[]): void {
  for (const a of drafts) {
    for (const b of drafts) {
      if (
        b === a ||
        !b.source ||
        (!b.rules.includes("attr.content_before_cue") && !b.rules.includes("attr.cue_inverted"))
      )
        continue;
      const last = a.content[a.content.length - 1];
      if (!a.cue || a.cue.start > b.source.start || b.source.start <= last[0] || b.source.start >= last[1])
        continue;
      let end = b.source.start;
      while (end > last[0] && /[\s,—–-]/.test(ctx.text[end - 1])) end--;
      last[1] = end;
    }
  }
}

function spanText(ctx: Context, start: number, end: number) {
  return { start, end, text: ctx.text.slice(start, end) };
}

function toAttribution(ctx: Context, d: Draft, index: number): Attribution {
  const spans = d.content;
  const start = spans[0][0];
  const end = spans[spans.length - 1][1];
  const content =
    spans.length > 1
      ? { start, end, text: spans.map(([s, e]) => ctx.text.slice(s, e)).join(" "), spans }
      : spanText(ctx, start, end);
  const via: Relay[] = d.via.map((r) => ({
    ...spanText(ctx, r.start, r.end),
    entity: null,
    rule: r.rule,
    name: null,
  }));
  return {
    id: `a${index + 1}`,
    source: d.source
      ? classifySource(ctx.text.slice(d.source.start, d.source.end), d.source.start, d.source.end)
      : null,
    cue: d.cue ? { ...spanText(ctx, d.cue.start, d.cue.end), rule: d.cue.rule } : null,
    content,
    kind: kindOf(ctx, spans),
    via,
    nested: d.nested,
    parent: null,
    rules: d.rules,
  };
}

/** direct: only quotations; mixed: a quotation inside reported speech; indirect: none. */
function kindOf(ctx: Context, spans: [number, number][]): Attribution["kind"] {
  let quoted = 0;
  let hasQuote = false;
  for (const [s, e] of spans) {
    const q = ctx.quoteOpenAt.get(s);
    if (q !== undefined && ctx.quotes[q].close >= e - 1) quoted++;
    else if (/["“”]/.test(ctx.text.slice(s, e))) hasQuote = true;
  }
  if (quoted === spans.length) return "direct";
  return quoted > 0 || hasQuote ? "mixed" : "indirect";
}

function linkParents(drafts: Draft[], attributions: Attribution[]): void {
  const ids = new Map<Draft, string>();
  for (let i = 0; i < drafts.length; i++) ids.set(drafts[i], attributions[i].id);
  drafts.forEach((d, i) => {
    if (d.parent) attributions[i].parent = ids.get(d.parent) ?? null;
  });
}
