// Paragraph-level rules: pull quotes signed with a dash line, floating quotes that continue the
// previous speaker, and colon-led transcript lines.
import type { Mention } from "../../layers.ts";
import type { Context } from "./context.ts";
import { DASHES, isQuoteMark } from "./context.ts";
import type { Draft } from "./drafts.ts";
import { cutAtParagraphs, quoteSpans } from "./drafts.ts";
import { HEADLINE_LABELS } from "./lexicon.ts";

const MAX_SIGNATURE_TOKENS = 14;

/** Paragraphs whose text is one quotation (marks of either kind), as quote indexes by paragraph. */
function wholeParagraphQuote(ctx: Context, p: number): number {
  const para = ctx.paragraphs[p];
  const first = ctx.tokens[para.tokenStart];
  if (!first || !isQuoteMark(first)) return -1;
  const q = ctx.quoteOpenAt.get(first.start);
  if (q === undefined) return -1;
  const quote = ctx.quotes[q];
  const rest = ctx.text.slice(quote.close, para.end);
  return quote.close >= para.end || /^[\s.,!?…]*$/.test(rest) || quote.multiParagraph ? q : -1;
}

/** "‘We are losing the war’" followed by a line "– Senior official". */
export function pullQuotes(ctx: Context, drafts: Draft[]): Draft[] {
  const found: Draft[] = [];
  for (let p = ctx.bodyStart; p + 1 < ctx.paragraphs.length; p++) {
    const q = wholeParagraphQuote(ctx, p);
    if (q < 0 || drafts.some((d) => d.paragraph === p)) continue;
    const sign = ctx.paragraphs[p + 1];
    const dash = ctx.tokens[sign.tokenStart];
    if (!dash || !DASHES.has(dash.norm) || sign.tokenEnd - sign.tokenStart > MAX_SIGNATURE_TOKENS) continue;
    const nameStart = ctx.tokens[sign.tokenStart + 1];
    if (!nameStart) continue;
    const quote = ctx.quotes[q];
    found.push({
      cue: { start: dash.start, end: dash.end, rule: "attr.dash_pull_quote" },
      lemma: null,
      anchor: sign.tokenStart,
      source: { start: nameStart.start, end: ctx.tokens[sign.tokenEnd - 1].end },
      content: [[quote.open, quote.close]],
      via: [],
      rules: ["attr.dash_pull_quote"],
      clause: ctx.clauseOf[sign.tokenStart],
      paragraph: p,
      nested: false,
      parent: null,
    });
  }
  return found;
}

/** The quotation a paragraph consists of: one opening there, or the rest of one that runs on
 * from an earlier paragraph (reopened with a mark). */
function floatingSpans(ctx: Context, p: number): [number, number][] | null {
  const q = wholeParagraphQuote(ctx, p);
  if (q >= 0) return ctx.quotes[q].mark === "double" ? quoteSpans(ctx, q) : null;
  const para = ctx.paragraphs[p];
  const first = ctx.tokens[para.tokenStart];
  const running = first && isQuoteMark(first) ? ctx.quoteOf[para.tokenStart] : -1;
  if (running < 0 || ctx.quotes[running].open >= para.start) return null;
  return cutAtParagraphs(ctx, para.start, ctx.quotes[running].close);
}

function covered(drafts: Draft[], offset: number): boolean {
  for (const d of drafts) for (const [s, e] of d.content) if (offset >= s && offset < e) return true;
  return false;
}

/** A paragraph that is only a quotation continues the previous paragraph's speaker: as one more
 * span of that attribution, or as its own attribution when the speaker is named just before. */
export function floatingQuotes(ctx: Context, drafts: Draft[]): Draft[] {
  const added: Draft[] = [];
  const byParagraph = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = byParagraph.get(d.paragraph) ?? [];
    list.push(d);
    byParagraph.set(d.paragraph, list);
  }
  let lastSpeaker: Draft | null = null;
  let lastNamed: Draft | null = null;
  let lastSpeakerParagraph = -10;
  for (let p = ctx.bodyStart; p < ctx.paragraphs.length; p++) {
    const own = byParagraph.get(p);
    if (own?.length) {
      lastSpeaker = own[own.length - 1];
      lastNamed = [...own].reverse().find((d) => surnameOf(ctx, d) !== null) ?? lastNamed;
      lastSpeakerParagraph = p;
      continue;
    }
    const spans = floatingSpans(ctx, p);
    if (!spans || covered(drafts, spans[0][0]) || covered(added, spans[0][0])) continue;
    if (
      lastSpeaker &&
      lastSpeakerParagraph === p - 1 &&
      (quotesSomeone(ctx, lastSpeaker) || closesParagraph(ctx, lastSpeaker, p - 1))
    ) {
      lastSpeaker.content.push(...spans);
      lastSpeaker.rules.push("attr.floating_quote");
      lastSpeakerParagraph = p;
      continue;
    }
    const named = lastNamed && p - lastSpeakerParagraph <= 3 ? speakerNamedIn(ctx, lastNamed, p - 1) : null;
    if (!named) continue;
    const draft: Draft = {
      cue: null,
      lemma: null,
      anchor: ctx.paragraphs[p].tokenStart,
      source: named,
      content: spans,
      via: [],
      rules: ["attr.floating_quote_speaker"],
      clause: ctx.clauseOf[ctx.paragraphs[p].tokenStart],
      paragraph: p,
      nested: false,
      parent: null,
    };
    added.push(draft);
    lastSpeaker = draft;
    lastNamed = draft;
    lastSpeakerParagraph = p;
  }
  return added;
}

/** The attribution's content runs to the end of its paragraph ("Kerry said that C."). */
function closesParagraph(ctx: Context, d: Draft, p: number): boolean {
  const last = d.content[d.content.length - 1];
  return last !== undefined && /^[\s.,!?…:"”]*$/.test(ctx.text.slice(last[1], ctx.paragraphs[p].end));
}

/** The previous attribution quotes its speaker's words (a quote mark in its content). */
function quotesSomeone(ctx: Context, d: Draft): boolean {
  return d.content.some(([s, e]) => /["“”]/.test(ctx.text.slice(s, e)));
}

/** The last word of a source that ends with a name ("Rami Igra" → Igra), else null. */
function surnameOf(ctx: Context, d: Draft): string | null {
  if (!d.source) return null;
  const last =
    ctx.text.slice(d.source.start, d.source.end).split(",").at(-1)?.trim().split(/\s+/).at(-1) ?? "";
  return /^\p{Lu}[\p{L}’'-]+$/u.test(last) ? last : null;
}

/** The last speaker's name (its last word) as the subject of paragraph p: "Igra expressed …". */
function speakerNamedIn(ctx: Context, speaker: Draft, p: number): { start: number; end: number } | null {
  const surname = surnameOf(ctx, speaker);
  if (!surname || p < ctx.bodyStart) return null;
  const para = ctx.paragraphs[p];
  for (let i = para.tokenStart; i < Math.min(para.tokenEnd, para.tokenStart + 6); i++) {
    const t = ctx.tokens[i];
    if (t.text === surname && ctx.quoteOf[i] < 0) return { start: t.start, end: t.end };
  }
  return null;
}

const MAX_HEADLINE_SOURCE = 6;

/** "Poll: Voters abandon X" / "Graham: Trump is destroying the party": a title whose first part,
 * a short name without a verb, says who says the rest. */
export function headlineColon(ctx: Context, mentions: readonly Mention[]): Draft | null {
  if (ctx.bodyStart === 0 || ctx.paragraphs.length === 0) return null;
  const title = ctx.paragraphs[0];
  const { tokens } = ctx;
  const colon = colonWithin(ctx, title.tokenStart, title.tokenEnd);
  if (colon < 0 || !isSpeakerLabel(ctx, title.tokenStart, colon)) return null;
  // "Mali: Hostages freed": a place before the colon says where, not who
  const [from, to] = [tokens[title.tokenStart].start, tokens[colon - 1].end];
  if (mentions.some((m) => m.type === "place" && m.start === from && m.end === to)) return null;
  let last = title.tokenEnd - 1;
  while (last > colon && tokens[last].pos === "PUNCT" && !isQuoteMark(tokens[last])) last--;
  if (last <= colon) return null;
  return {
    cue: { start: tokens[colon].start, end: tokens[colon].end, rule: "attr.headline_colon" },
    lemma: null,
    anchor: colon,
    source: { start: from, end: to },
    content: [[tokens[colon + 1].start, tokens[last].end]],
    via: [],
    rules: ["attr.headline_colon"],
    clause: ctx.clauseOf[colon],
    paragraph: 0,
    nested: false,
    parent: null,
  };
}

/** The first colon in the opening tokens of [from, to) with something after it, or -1. */
function colonWithin(ctx: Context, from: number, to: number): number {
  for (let i = from; i < Math.min(to - 1, from + MAX_HEADLINE_SOURCE + 1); i++)
    if (ctx.tokens[i].norm === ":") return i > from ? i : -1;
  return -1;
}

/** "Clinton:", "Republican pollster Daron Shaw:", "JAKE TAPPER:": a name before a colon, not a label
 * ("Update:", "Analysis:") nor a phrase with a verb, article or pronoun in it. */
function isSpeakerLabel(ctx: Context, from: number, colon: number): boolean {
  const { tokens } = ctx;
  for (let i = from; i < colon; i++) {
    const pos = tokens[i].pos;
    if (
      pos === "VERB" ||
      pos === "AUX" ||
      pos === "DET" ||
      pos === "PUNCT" ||
      pos === "PRON" ||
      pos === "ADP"
    )
      return false;
  }
  if (!/^\p{Lu}/u.test(tokens[from].text)) return false;
  const label = ctx.text.slice(tokens[from].start, tokens[colon - 1].end).toLowerCase();
  return !HEADLINE_LABELS.has(label) && !HEADLINE_LABELS.has(tokens[colon - 1].norm);
}

const TRANSCRIPT_LABEL = /^[\p{Lu}][\p{Lu}.'’ -]*\p{Lu}$/u;

/** "Republican pollster Daron Shaw: “Historically, …”" and transcript lines ("JAKE TAPPER: The
 * mayor released a video."): a name and a colon open a paragraph, then a quotation or, after a
 * speaker written in capitals, the rest of the paragraph. */
export function speakerColons(ctx: Context, drafts: Draft[]): Draft[] {
  const found: Draft[] = [];
  const { tokens } = ctx;
  for (let p = ctx.bodyStart; p < ctx.paragraphs.length; p++) {
    const para = ctx.paragraphs[p];
    const colon = colonWithin(ctx, para.tokenStart, para.tokenEnd);
    if (colon < 0 || ctx.quoteOf[colon] >= 0 || !isSpeakerLabel(ctx, para.tokenStart, colon)) continue;
    if (drafts.some((d) => d.paragraph === p && d.anchor <= colon + 1)) continue;
    const last = tokens[colon - 1];
    const named = last.pos === "PROPN" || TRANSCRIPT_LABEL.test(last.text);
    const q = ctx.quoteOpenAt.get(tokens[colon + 1].start);
    const label = ctx.text.slice(tokens[para.tokenStart].start, last.end);
    let content: [number, number][] | null = null;
    let rule = "attr.speaker_colon_quote";
    if (named && q !== undefined) content = quoteSpans(ctx, q);
    else if (TRANSCRIPT_LABEL.test(label) && label.length > 1) {
      let end = para.tokenEnd - 1;
      while (end > colon && tokens[end].pos === "PUNCT" && !isQuoteMark(tokens[end])) end--;
      if (end > colon) content = [[tokens[colon + 1].start, tokens[end].end]];
      rule = "attr.transcript_label";
    }
    if (!content) continue;
    found.push({
      cue: { start: tokens[colon].start, end: tokens[colon].end, rule },
      lemma: null,
      anchor: colon,
      source: { start: tokens[para.tokenStart].start, end: last.end },
      content,
      via: [],
      rules: [rule],
      clause: ctx.clauseOf[colon],
      paragraph: p,
      nested: false,
      parent: null,
    });
  }
  return found;
}
