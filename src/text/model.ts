// The text model shared by every stage: paragraphs, sentences and tokens of the article body,
// all as offsets into the original text. Built once per article with wink-nlp.
import type { Paragraph, Quote, Sentence, Span, Token } from "../types.ts";
import { nlp } from "./nlp.ts";
import { findQuotes } from "./quotes.ts";

export interface TextModel {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  quotes: Quote[];
}

const CURLY = /[\u2018\u2019\u201a\u201b\u2032]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u2033]/g;
const CURLY_ANY = /[\u2018-\u201f\u2032\u2033]/;
const WHITESPACE_ONLY = /^\s*$/;

export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  return CURLY_ANY.test(lower) ? lower.replace(CURLY, "'").replace(CURLY_DOUBLE, '"') : lower;
}

/** Builds the model over the given body segments (each one paragraph, in text order). */
export function buildTextModel(text: string, segments: Span[]): TextModel {
  const model: TextModel = {
    text,
    paragraphs: segments.map((s) => ({ start: s.start, end: s.end, sentenceStart: 0, sentenceEnd: 0 })),
    sentences: [],
    tokens: [],
    quotes: [],
  };
  if (segments.length > 0) analyzeWithWink(model);
  model.quotes = findQuotes(text, model.paragraphs);
  return model;
}

/** One wink pass over the text with everything outside the paragraphs blanked (offsets unchanged). */
function analyzeWithWink(model: TextModel): void {
  const { its } = nlp();
  const doc = nlp().readDoc(maskOutside(model.text, model.paragraphs));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // Our token index per wink token; -1 for wink's whitespace tokens (newlines between paragraphs).
  const ours = new Int32Array(values.length).fill(-1);
  const paragraphOf: number[] = [];
  let paragraph = 0;
  // wink is lossless: preceding spaces + values rebuild the input, so offsets are cumulative.
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const value = values[i];
    if (!WHITESPACE_ONLY.test(value)) {
      while (offset >= model.paragraphs[paragraph].end) paragraph++;
      ours[i] = model.tokens.length;
      paragraphOf.push(paragraph);
      model.tokens.push({
        start: offset,
        end: offset + value.length,
        text: value,
        norm: normalizeToken(value),
        pos: tags[i],
        sentence: -1,
      });
    }
    offset += value.length;
  }
  doc.sentences().each((sentence: { out: (f: unknown) => unknown }) => {
    const [first, last] = sentence.out(its.span) as [number, number];
    let from = -1;
    for (let w = first; w <= last; w++) {
      const t = ours[w];
      if (t < 0) continue;
      // wink does not always break at a newline: a sentence never crosses paragraphs here.
      if (from >= 0 && paragraphOf[t] !== paragraphOf[from]) {
        pushSentence(model, from, t, paragraphOf[from]);
        from = t;
      } else if (from < 0) from = t;
    }
    const end = lastOurs(ours, first, last);
    if (from >= 0 && end >= from) pushSentence(model, from, end + 1, paragraphOf[from]);
  });
}

function lastOurs(ours: Int32Array, first: number, last: number): number {
  for (let w = last; w >= first; w--) if (ours[w] >= 0) return ours[w];
  return -1;
}

function maskOutside(text: string, paragraphs: Paragraph[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const p of paragraphs) {
    parts.push(blank(text.slice(at, p.start)), text.slice(p.start, p.end));
    at = p.end;
  }
  parts.push(blank(text.slice(at)));
  return parts.join("");
}

/** Same length; newlines kept (they separate paragraphs for wink too), everything else a space. */
function blank(gap: string): string {
  return gap.replace(/[^\n]/g, " ");
}

function pushSentence(model: TextModel, tokenStart: number, tokenEnd: number, paragraph: number): void {
  const index = model.sentences.length;
  for (let t = tokenStart; t < tokenEnd; t++) model.tokens[t].sentence = index;
  model.sentences.push({
    start: model.tokens[tokenStart].start,
    end: model.tokens[tokenEnd - 1].end,
    tokenStart,
    tokenEnd,
    paragraph,
  });
  const p = model.paragraphs[paragraph];
  if (p.sentenceEnd === 0) p.sentenceStart = index;
  p.sentenceEnd = index + 1;
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(model: TextModel, offset: number): number {
  let lo = 0;
  let hi = model.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (model.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
