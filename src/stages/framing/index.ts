// Framing stage, per article, descriptive and symmetric: the labels used for each actor
// ("rebel group", "the Colombian group"), names and terms in scare quotes (‘Kosovo’, ‘truce’),
// the share of attributions from unnamed sources, voices by affiliation (each side, mediators,
// third parties), and the author's own evaluative sentences (outside every attribution).
import type { ActorLabel, Analysis, Attribution, Framing } from "../../layers.ts";
import { spanOf } from "../../text/model.ts";
import type { WordSet } from "../../text/vocabulary.ts";
import type { Span, Token } from "../../types.ts";
import { actorName, articleActors, entityOf } from "../events/actors.ts";
import { containingAttribution } from "../events/mention.ts";
import { wordClass, wordSet } from "../events/words.ts";

export function extractFraming(analysis: Analysis): void {
  const unnamed = analysis.attributions.filter(
    (a) => a.source?.anonymous || a.source?.kind === "unnamed",
  ).length;
  const total = analysis.attributions.length;
  const framing: Framing = {
    labels: actorLabels(analysis),
    scareQuotes: scareQuotes(analysis),
    attributions: total,
    unnamedSources: unnamed,
    unnamedShare: total ? Math.round((unnamed / total) * 1000) / 1000 : null,
    voices: voices(analysis),
    evaluative: evaluativeSentences(analysis),
  };
  analysis.framing = framing;
}

/** Descriptions resolved to an actor, and "Abu Sayyaf terror group"-style compounds after a name. */
function actorLabels(analysis: Analysis): ActorLabel[] {
  const { tokens, text } = analysis.model;
  const heads = wordSet("framing", "label_heads");
  const modifiers = wordSet("framing", "label_modifiers");
  const labels: ActorLabel[] = [];
  for (const actor of articleActors(analysis)) {
    if (actor.kind === "description" && (actor.resolved || actor.entity)) {
      const span = spanOf(text, tokens[actor.first].start, tokens[actor.last].end);
      labels.push({ ...span, actor: actorName(analysis, actor).text, rule: "fr.label.description" });
      continue;
    }
    if (actor.kind !== "name") continue;
    const end = compoundLabelEnd(tokens, actor.last + 1, heads, modifiers);
    if (end > actor.last + 1) {
      const span = spanOf(text, tokens[actor.last + 1].start, tokens[end - 1].end);
      labels.push({ ...span, actor: actorName(analysis, actor).text, rule: "fr.label.compound" });
    }
  }
  return labels;
}

/** "Abu Sayyaf terror group", "ELN guerrillas": modifiers then a label head right after the name. */
function compoundLabelEnd(
  tokens: readonly Token[],
  from: number,
  heads: WordSet,
  modifiers: WordSet,
): number {
  let i = from;
  while (i < from + 3 && modifiers.at(tokens, i)) i++;
  return i > from && heads.at(tokens, i) ? i + 1 : from;
}

/** Short quotations of a name or a term: ‘Kosovo’, “truce”, not quoted statements. */
function scareQuotes(analysis: Analysis): (Span & { rule: string })[] {
  const found: (Span & { rule: string })[] = [];
  for (const q of analysis.model.quotes) {
    if (q.unclosed) continue;
    const words = wordCount(q.inner.text, 3);
    if (words === 0 || words > 3 || /[.!?]\s*$/.test(q.inner.text)) continue;
    const name = /^\s*\p{Lu}/u.test(q.inner.text);
    // A quoted word or two in double quotes is mostly a speaker's word ("positive"); single
    // quotes, or a quoted name, mark distance.
    if (!name && q.mark !== "single") continue;
    found.push({ ...q.inner, rule: name ? "fr.scare.name" : "fr.scare.term" });
  }
  return found;
}

/** The number of words (runs of non-space characters) in `text`, counting no further than `most + 1`:
 * quoted statements are long, and only short quotations are read further. */
function wordCount(text: string, most: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= most; i++) {
    const space = SPACE.test(text[i]);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const SPACE = /\s/;

/** Attributions by the side of their source, as named by the source's affiliation or entity. */
function voices(analysis: Analysis): Record<string, number> {
  const mediators = new Set(
    (analysis.events ?? [])
      .filter((e) => e.type === "mediation")
      .flatMap((e) => e.actors.map((a) => a.toLowerCase())),
  );
  const partyIds = [
    ...(analysis.positions ?? []).map((p) => p.party),
    ...(analysis.events ?? []).filter((e) => e.type !== "mediation").flatMap((e) => e.actors),
  ];
  const parties = new Set(
    partyIds.flatMap((id) => [id, topOf(analysis, id).id]).map((id) => id.toLowerCase()),
  );
  const counts: Record<string, number> = {};
  for (const a of analysis.attributions) {
    const side = sideOf(analysis, a);
    const id = side?.id.toLowerCase() ?? "";
    const key = !side
      ? "unknown"
      : mediators.has(id)
        ? `mediator:${side.name}`
        : parties.has(id)
          ? side.name
          : `third_party:${side.name}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The top of the source's affiliation chain: a spokesman → the army → Sudan. */
function sideOf(analysis: Analysis, a: Attribution): { id: string; name: string } | null {
  const s = a.source;
  if (!s) return null;
  const id = s.entity ?? s.affiliation;
  return id ? topOf(analysis, id) : null;
}

function topOf(analysis: Analysis, start: string): { id: string; name: string } {
  let id = start;
  for (let hops = 0; hops < 4; hops++) {
    const entity = entityOf(analysis, id);
    if (!entity) return { id, name: id };
    if (!entity.affiliation) return { id: entity.id, name: entity.name };
    id = entity.affiliation;
  }
  return { id, name: id };
}

/** Sentences with an evaluative word and no attribution around them: the author's own voice. */
function evaluativeSentences(analysis: Analysis): (Span & { rule: string })[] {
  const { tokens, text, sentences } = analysis.model;
  const words = wordClass("framing", "evaluative");
  const found: (Span & { rule: string })[] = [];
  for (const sentence of sentences) {
    if (words.findIn(tokens, sentence.tokenStart, sentence.tokenEnd) < 0) continue;
    if (analysis.attributions.some((a) => a.content.start < sentence.end && sentence.start < a.content.end))
      continue;
    if (containingAttribution(analysis.attributions, sentence.start)) continue;
    if (analysis.model.quotes.some((q) => q.inner.start <= sentence.start && sentence.start < q.inner.end))
      continue;
    found.push({ ...spanOf(text, sentence.start, sentence.end), rule: "fr.evaluative.lexicon" });
  }
  return found;
}
