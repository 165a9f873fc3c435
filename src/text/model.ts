// The text model shared by every stage: paragraphs, sentences and tokens of the article body,
// all as offsets into the original text. Built once per article with wink-nlp.
import type { Paragraph, Quote, Sentence, Span, Token } from "../types.ts";
import { nlp } from "./nlp.ts";
import { findQuotes } from "./quotes.ts";
import { rememberNumbers, shapeOf, wordNumber } from "./vocabulary.ts";

export interface TextModel {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  quotes: Quote[];
}

const CURLY = /[\u2018\u2019\u201a\u201b\u2032]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u2033]/g;
const SPACE_AT_START = /^\s/;

export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  return hasCurlyMark(lower) ? lower.replace(CURLY, "'").replace(CURLY_DOUBLE, '"') : lower;
}

/** A loop over the characters: cheaper than a regex on tokens this short. */
function hasCurlyMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x2018 && code <= 0x201f) || code === 0x2032 || code === 0x2033) return true;
  }
  return false;
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
  const masked = maskOutside(model.text, model.paragraphs);
  const doc = nlp().readDoc(masked);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // Our token index per wink token; -1 for wink's whitespace tokens (newlines between paragraphs).
  const ours = new Int32Array(values.length).fill(-1);
  // Word numbers and shape flags, read now while each new string is in the cache.
  const ids = new Int32Array(values.length);
  const shapes = new Uint8Array(values.length);
  const paragraphOf: number[] = [];
  let paragraph = 0;
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isBlankToken(value)) continue;
    offset = tokenStart(masked, value, offset);
    while (offset >= model.paragraphs[paragraph].end) paragraph++;
    const previous = model.tokens[model.tokens.length - 1];
    if (isDoubledMark(previous, value, offset)) {
      // '' and `` are one double quote mark: wink splits them into two tokens.
      previous.end++;
      previous.text += value;
      previous.norm = '"';
      ids[model.tokens.length - 1] = wordNumber('"');
      ours[i] = model.tokens.length - 1;
      offset++;
      continue;
    }
    const index = model.tokens.length;
    const norm = normalizeToken(value);
    ours[i] = index;
    ids[index] = wordNumber(norm);
    shapes[index] = shapeOf(value);
    paragraphOf.push(paragraph);
    model.tokens.push({
      start: offset,
      end: offset + value.length,
      text: value,
      norm,
      pos: tags[i] === "VERB" ? verbTag(model.tokens) : tags[i],
      sentence: -1,
    });
    offset += value.length;
  }
  const count = model.tokens.length;
  rememberNumbers(model.tokens, ids.subarray(0, count), shapes.subarray(0, count));
  for (const [first, last] of doc.sentences().out(its.span) as [number, number][]) {
    let from = -1;
    for (let w = first; w <= last; w++) {
      const t = ours[w];
      // a wink sentence may end between the two marks of one '' token: the token is taken
      if (t < 0 || t < taken(model)) continue;
      // wink does not always break at a newline: a sentence never crosses paragraphs here.
      if (from >= 0 && paragraphOf[t] !== paragraphOf[from]) {
        pushSentence(model, from, t, paragraphOf[from]);
        from = t;
      } else if (from < 0) from = t;
    }
    const end = lastOurs(ours, first, last);
    if (from >= 0 && end >= from) pushSentence(model, from, end + 1, paragraphOf[from]);
  }
}

/** The tag of a word wink tagged VERB, given the tokens before it: after "according to" it is the
 * noun wink took for an infinitive ("according to sources", "according to people familiar with"). */
function verbTag(before: Token[]): string {
  const n = before.length;
  return n >= 2 && before[n - 1].norm === "to" && before[n - 2].norm === "according" ? "NOUN" : "VERB";
}

/** wink is lossless: a token starts after the spaces that follow the previous one. Reading the
 * offsets off the text is cheaper than asking wink for each token's preceding spaces. */
function tokenStart(text: string, value: string, from: number): number {
  let at = from;
  while (at < text.length && isWinkSpace(text.charCodeAt(at))) at++;
  return text.startsWith(value, at) ? at : text.indexOf(value, from);
}

function isDoubledMark(previous: Token | undefined, value: string, offset: number): boolean {
  return (value === "'" || value === "`") && previous?.text === value && previous.end === offset;
}

/** wink keeps line breaks as tokens; a token is either all blank or starts with a visible character. */
function isBlankToken(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code > 32 && code < 127) return false; // the common case, without a regex
  return value.length === 0 || SPACE_AT_START.test(value);
}

/** The characters wink's tokenizer treats as space between tokens. */
function isWinkSpace(code: number): boolean {
  if (code === 32 || code === 10 || code === 13 || code === 9) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 ||
    code === 0x200a ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** The first token not yet in a sentence. */
function taken(model: TextModel): number {
  const last = model.sentences[model.sentences.length - 1];
  return last ? last.tokenEnd : 0;
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
