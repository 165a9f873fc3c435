// Shared types of the analysis pipeline. Every span is [start, end) in JavaScript string
// indices into the article text exactly as read (after BOM removal only; see ingest/read.ts).

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Token {
  start: number;
  end: number;
  /** Token text exactly as in the article. */
  text: string;
  /** Lower-cased text with curly quotes folded to straight ones. */
  norm: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, PUNCT, ...). */
  pos: string;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Sentence index range [sentenceStart, sentenceEnd). */
  sentenceStart: number;
  sentenceEnd: number;
}

/** A quotation: the span between matching marks, with the marks' own offsets. */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph run when left open). */
  close: number;
  /** Offset of the closing mark (marks can be two characters wide: ''); `close` when left open. */
  closeMark: number;
  /** Inner span, without the marks. */
  inner: Span;
  mark: "double" | "single";
  /** True when the closing mark was never found (unbalanced). */
  unclosed: boolean;
  /** True when the quotation runs over several paragraphs. */
  multiParagraph: boolean;
}
