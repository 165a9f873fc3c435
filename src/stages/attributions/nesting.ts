// Attributions inside another one's content are nested (its source is their first relay), unless
// the outer one only wraps them ("X reported that a source said C", "C, the official said,
// according to ABC"): then the outer source is a relay and the outer attribution goes.
import { type Context, isQuoteMark } from "./context.ts";
import type { Draft, RelayDraft } from "./drafts.ts";
import {
  COGNITION,
  CONTRAST_JOINERS,
  COORDINATORS,
  DOCUMENT_HEADS,
  RELATIVE_SOURCE,
  SUBJECT_PRONOUNS,
  VERB_CONTRAST_JOINERS,
} from "./lexicon.ts";
import { isMediaPhrase } from "./phrases.ts";

const WRAP_COVER = 0.8;
const MAX_BLOCK_PARAGRAPHS = 8;
/** Relay chains longer than this say nothing more to a reader, and a run-on sentence of nested
 * "X said" clauses would otherwise grow them quadratically. */
const MAX_CHAIN = 6;

function contains(d: Draft, offset: number): boolean {
  for (const [s, e] of d.content) if (offset >= s && offset < e) return true;
  return false;
}

function length(spans: [number, number][]): number {
  let n = 0;
  for (const [s, e] of spans) n += e - s;
  return n;
}

/** Share of the outer content taken by the inner attribution (its source, cue and content). */
function coverOf(outer: Draft, inner: Draft): number {
  const from = Math.min(
    inner.source?.start ?? Number.POSITIVE_INFINITY,
    inner.cue?.start ?? Number.POSITIVE_INFINITY,
    inner.content[0][0],
  );
  const to = Math.max(
    inner.source?.end ?? 0,
    inner.cue?.end ?? 0,
    inner.content[inner.content.length - 1][1],
  );
  let n = 0;
  for (const [s, e] of outer.content) n += Math.max(0, Math.min(e, to) - Math.max(s, from));
  return n / Math.max(1, length(outer.content));
}

function relayOfSource(d: Draft, rule: string): RelayDraft[] {
  return d.source ? [{ start: d.source.start, end: d.source.end, rule }] : [];
}

export function nest(ctx: Context, drafts: Draft[], reportLike: Set<string>): Draft[] {
  const dropped = new Set<Draft>();
  for (const inner of drafts) {
    const at = inner.cue?.start ?? inner.content[0][0];
    let parent: Draft | null = null;
    for (const outer of drafts) {
      if (outer === inner || dropped.has(outer) || !contains(outer, at)) continue;
      if (!parent || length(outer.content) < length(parent.content)) parent = outer;
    }
    if (!parent) continue;
    if (sharesSpeaker(ctx, parent, inner) && endBeforeCoordinator(ctx, parent, at)) continue;
    if (speaksBefore(ctx, inner, parent) && endBefore(ctx, parent, at)) continue;
    const contrast = contrastJoiner(ctx, inner, parent);
    if (contrast >= 0 && endBefore(ctx, parent, ctx.tokens[contrast].start)) continue;
    const wraps =
      isRelayWrapper(ctx, parent, reportLike) &&
      (coverOf(parent, inner) >= WRAP_COVER || startsContent(ctx, parent, inner));
    if (wraps && parent.source) {
      dropped.add(parent);
      const wrapping = [...relayOfSource(parent, "via.wrapping_source"), ...parent.via];
      inner.via.push(...wrapping.filter((v) => !inner.via.some((w) => w.start === v.start)));
      inner.rules.push("via.wrapping_source");
      inner.via.length = Math.min(inner.via.length, MAX_CHAIN);
      continue;
    }
    inner.nested = true;
    inner.parent = parent;
    inner.via.unshift(...relayOfSource(parent, "via.nested_in"));
    inner.via.push(...parent.via.filter((v) => !inner.via.some((w) => w.start === v.start)));
    inner.via.length = Math.min(inner.via.length, MAX_CHAIN);
  }
  return drafts.filter((d) => !dropped.has(d));
}

/** "S said A and demanded B": the second cue took the first one's speaker, so B is not inside A;
 * but in "S said he was proud and expected B", "expected" goes on with the content's own subject. */
function sharesSpeaker(ctx: Context, outer: Draft, inner: Draft): boolean {
  const first = ctx.tokens[tokenAt(ctx, outer.content[0][0])];
  return (
    inner.rules.includes("attr.source_coordinated_verb") &&
    !(first && SUBJECT_PRONOUNS.has(first.norm)) &&
    !(inner.lemma !== null && COGNITION.has(inner.lemma)) &&
    outer.source !== null &&
    inner.source !== null &&
    outer.source.start === inner.source.start &&
    outer.source.end === inner.source.end
  );
}

/** Ends the outer content before the "and" that joins the inner cue; false when there is none. */
function endBeforeCoordinator(ctx: Context, outer: Draft, cueStart: number): boolean {
  const { tokens } = ctx;
  let k = tokenAt(ctx, cueStart) - 1;
  while (k >= 0 && tokens[k].pos !== "CCONJ" && tokens[k].start >= outer.content[0][0]) k--;
  if (k < 0 || !COORDINATORS.has(tokens[k].norm)) return false;
  return endBefore(ctx, outer, tokens[k].start);
}

/** "One relative, who asked that her name be withheld, said C": the outer speaker is a relative
 * pronoun after the inner one, so the inner cue is the main clause's, not part of the outer content. */
function speaksBefore(ctx: Context, inner: Draft, outer: Draft): boolean {
  if (!inner.source || !outer.source || inner.source.end > outer.source.start) return false;
  return RELATIVE_SOURCE.has(ctx.text.slice(outer.source.start, outer.source.end).toLowerCase());
}

/** Ends the outer content before the token at `offset` (and the punctuation before it); false when
 * nothing would be left. */
function endBefore(ctx: Context, outer: Draft, offset: number): boolean {
  const { tokens } = ctx;
  let last = tokenAt(ctx, offset) - 1;
  while (last >= 0 && tokens[last].pos === "PUNCT" && ctx.quoteOf[last] < 0) last--;
  const end = tokens[last]?.end ?? 0;
  const kept = outer.content
    .filter(([s]) => s < end)
    .map(([s, e]): [number, number] => [s, Math.min(e, end)]);
  if (kept.length === 0) return false;
  outer.content = kept;
  return true;
}

/** "X described it as A, while Y said B", "X said A, but Y argued B": the token of the joiner
 * before the inner speaker, after a comma, else -1. */
function contrastJoiner(ctx: Context, inner: Draft, outer: Draft): number {
  if (!inner.source) return -1;
  const k = tokenAt(ctx, inner.source.start) - 1;
  const { tokens } = ctx;
  if (k < 2 || ctx.quoteOf[k] >= 0) return -1;
  const word = tokens[k].norm;
  if (!CONTRAST_JOINERS.has(word) && !(VERB_CONTRAST_JOINERS.has(word) && outer.lemma !== "according"))
    return -1;
  // the comma may sit inside the closing quote: "“a step forward,” while"
  const comma = isQuoteMark(tokens[k - 1]) ? k - 2 : k - 1;
  return tokens[comma].norm === "," ? k : -1;
}

/** An outer attribution that only passes on another one: "according to ABC", "the report said",
 * "Reuters reported that …". */
function isRelayWrapper(ctx: Context, outer: Draft, reportLike: Set<string>): boolean {
  if (!outer.source) return false;
  const range = tokenRange(ctx, outer.source.start, outer.source.end);
  const media = range !== null && isMediaPhrase(ctx, range);
  const head =
    ctx.text
      .slice(outer.source.start, outer.source.end)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .at(-1) ?? "";
  if (DOCUMENT_HEADS.has(head) || media)
    return (
      outer.lemma === "according" ||
      outer.lemma === "say" ||
      (outer.lemma !== null && reportLike.has(outer.lemma))
    );
  return false;
}

function tokenRange(ctx: Context, start: number, end: number): [number, number] | null {
  const a = tokenAt(ctx, start);
  let b = a;
  while (b < ctx.tokens.length && ctx.tokens[b].end <= end) b++;
  return b > a ? [a, b] : null;
}

function tokenAt(ctx: Context, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The inner source opens the outer content ("reported that a source said …"). */
function startsContent(ctx: Context, outer: Draft, inner: Draft): boolean {
  if (!inner.source) return false;
  const between = ctx.text.slice(outer.content[0][0], inner.source.start).trim().toLowerCase();
  return between === "" || between === "that";
}

/** "Reuters reported that …:" closing a paragraph: the paragraphs after it, as long as they
 * carry attributions, are relayed by that source. */
export function blockRelays(ctx: Context, drafts: Draft[]): void {
  const byParagraph = new Map<number, Draft[]>();
  for (const d of drafts) byParagraph.set(d.paragraph, [...(byParagraph.get(d.paragraph) ?? []), d]);
  for (const [p, list] of byParagraph) {
    if (!endsWithColon(ctx, p)) continue;
    const lead = [...list].reverse().find((d) => d.source && !d.nested);
    if (!lead?.source) continue;
    const surname = ctx.text.slice(lead.source.start, lead.source.end).split(/\s+/).at(-1) ?? "";
    for (let k = p + 1; k < Math.min(ctx.paragraphs.length, p + 1 + MAX_BLOCK_PARAGRAPHS); k++) {
      const inBlock = byParagraph.get(k);
      if (!inBlock?.length || mentions(ctx, k, surname)) break;
      for (const d of inBlock) {
        if (d.source && d.source.start === lead.source.start) continue;
        if (d.content[0][0] < ctx.paragraphs[k].start) continue;
        d.via.push({ start: lead.source.start, end: lead.source.end, rule: "via.block_lead" });
        d.rules.push("via.block_lead");
      }
      if (endsWithColon(ctx, k)) break;
    }
  }
}

function endsWithColon(ctx: Context, p: number): boolean {
  const para = ctx.paragraphs[p];
  return /:\s*$/.test(ctx.text.slice(para.start, para.end));
}

function mentions(ctx: Context, p: number, word: string): boolean {
  if (word.length < 3) return false;
  const para = ctx.paragraphs[p];
  const text = ctx.text.slice(para.start, para.end);
  return new RegExp(`\\b${word.replace(/[^\p{L}\p{N}]/gu, "")}\\b`, "u").test(text);
}
