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

export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  return CURLY_ANY.test(lower) ? lower.replace(CURLY, "'").replace(CURLY_DOUBLE, '"') : lower;
}

/** Builds the model over the given body segments (each one paragraph), in text order. */
export function buildTextModel(text: string, segments: Span[]): TextModel {
  const model: TextModel = { text, paragraphs: [], sentences: [], tokens: [], quotes: [] };
  for (const segment of segments) addParagraph(model, segment);
  model.quotes = findQuotes(text, model.paragraphs);
  return model;
}

function addParagraph(model: TextModel, segment: Span): void {
  const { its } = nlp();
  const doc = nlp().readDoc(segment.text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const paragraphIndex = model.paragraphs.length;
  const paragraph: Paragraph = {
    start: segment.start,
    end: segment.end,
    sentenceStart: model.sentences.length,
    sentenceEnd: model.sentences.length,
  };
  // wink is lossless: preceding spaces + values rebuild the input, so offsets are cumulative.
  const tokenStartIndex = model.tokens.length;
  let offset = segment.start;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const value = values[i];
    model.tokens.push({
      start: offset,
      end: offset + value.length,
      text: value,
      norm: normalizeToken(value),
      pos: tags[i],
      sentence: -1,
    });
    offset += value.length;
  }
  doc.sentences().each((sentence: { out: (f: unknown) => unknown }) => {
    const [first, last] = sentence.out(its.span) as [number, number];
    const tokenStart = tokenStartIndex + first;
    const tokenEnd = tokenStartIndex + last + 1;
    const sentenceIndex = model.sentences.length;
    for (let t = tokenStart; t < tokenEnd; t++) model.tokens[t].sentence = sentenceIndex;
    model.sentences.push({
      start: model.tokens[tokenStart].start,
      end: model.tokens[tokenEnd - 1].end,
      tokenStart,
      tokenEnd,
      paragraph: paragraphIndex,
    });
  });
  paragraph.sentenceEnd = model.sentences.length;
  model.paragraphs.push(paragraph);
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
