// What the attribution rules read: tokens, clauses (sentences with quote marks put back where
// they belong) and, per token, the quotation around it. Built once per article in linear time.
import type { Analysis } from "../../layers.ts";
import type { Quote, Token } from "../../types.ts";

export interface Clause {
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface Context {
  text: string;
  tokens: Token[];
  clauses: Clause[];
  /** Clause index per token. */
  clauseOf: Int32Array;
  quotes: Quote[];
  /** Index of the outermost double-mark quote around each token (marks included), else -1. */
  quoteOf: Int32Array;
  /** Quote index by the offset of its opening mark / of its closing mark (not its end: '' is two wide). */
  quoteOpenAt: Map<number, number>;
  quoteCloseAt: Map<number, number>;
  /** Quote index by the offset just after its closing mark. */
  quoteEndAt: Map<number, number>;
  paragraphs: { start: number; end: number; tokenStart: number; tokenEnd: number }[];
  /** First paragraph of the body (1 when the title is paragraph 0). */
  bodyStart: number;
}

export function isQuoteMark(token: Token): boolean {
  return token.norm === '"' || token.norm === "'" || token.norm === "''" || token.norm === "``";
}

/** A quote mark that opens or closes a quotation (not the apostrophe of "Sanders' aide"). */
export function isQuoteBoundary(ctx: Context, token: Token): boolean {
  return isQuoteMark(token) && (ctx.quoteOpenAt.has(token.start) || ctx.quoteCloseAt.has(token.start));
}

export function buildContext(analysis: Analysis): Context {
  const { model } = analysis;
  const tokens = model.tokens;
  const quotes = model.quotes;
  const quoteOpenAt = new Map<number, number>();
  const quoteCloseAt = new Map<number, number>();
  const quoteEndAt = new Map<number, number>();
  quotes.forEach((q, i) => {
    quoteOpenAt.set(q.open, i);
    if (q.unclosed) return;
    quoteCloseAt.set(q.closeMark, i);
    quoteEndAt.set(q.close, i);
  });
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  markQuotedTokens(tokens, quotes, quoteOf);
  const clauses = buildClauses(analysis, quoteOpenAt, quoteCloseAt);
  const clauseOf = new Int32Array(tokens.length).fill(-1);
  clauses.forEach((c, i) => {
    clauseOf.fill(i, c.tokenStart, c.tokenEnd);
  });
  const paragraphs = model.paragraphs.map((p) => ({
    start: p.start,
    end: p.end,
    tokenStart: model.sentences[p.sentenceStart]?.tokenStart ?? 0,
    tokenEnd: model.sentences[p.sentenceEnd - 1]?.tokenEnd ?? 0,
  }));
  const bodyStart = analysis.document.title ? 1 : 0;
  return {
    text: model.text,
    tokens,
    clauses,
    clauseOf,
    quotes,
    quoteOf,
    quoteOpenAt,
    quoteCloseAt,
    quoteEndAt,
    paragraphs,
    bodyStart,
  };
}

/** Tokens inside a double-mark quote get its index; outer quotes win over inner ones. */
function markQuotedTokens(tokens: Token[], quotes: Quote[], quoteOf: Int32Array): void {
  let t = 0;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    if (q.mark !== "double") continue;
    while (t < tokens.length && tokens[t].start < q.open) t++;
    for (let k = t; k < tokens.length && tokens[k].start < q.close; k++) if (quoteOf[k] < 0) quoteOf[k] = qi;
  }
}

function opensParenthesis(tokens: Token[], clause: Clause): boolean {
  let depth = 0;
  for (let t = clause.tokenStart; t < clause.tokenEnd; t++) {
    if (tokens[t].norm === "(") depth++;
    else if (tokens[t].norm === ")") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function startsLowercase(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return code >= 97 && code <= 122;
}

/** Sentences of the model, except that a closing quote mark the splitter put at the start of the
 * next sentence is given back to the sentence it closes. */
function buildClauses(
  analysis: Analysis,
  openAt: Map<number, number>,
  closeAt: Map<number, number>,
): Clause[] {
  const { sentences, tokens } = analysis.model;
  const clauses: Clause[] = sentences.map((s) => ({
    tokenStart: s.tokenStart,
    tokenEnd: s.tokenEnd,
    paragraph: s.paragraph,
  }));
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i];
    const prev = clauses[i - 1];
    if (prev.paragraph !== c.paragraph) continue;
    if (startsLowercase(tokens[c.tokenStart]) || opensParenthesis(tokens, prev)) {
      // “What a day!” and said …, "(D-N.Y) said": the splitter cut inside the sentence
      prev.tokenEnd = c.tokenEnd;
      clauses.splice(i, 1);
      i--;
      continue;
    }
    while (
      c.tokenStart < c.tokenEnd - 1 &&
      isQuoteMark(tokens[c.tokenStart]) &&
      closeAt.has(tokens[c.tokenStart].start)
    ) {
      if (openAt.has(tokens[c.tokenStart].start)) break;
      c.tokenStart++;
      prev.tokenEnd++;
    }
  }
  skipDateline(analysis, clauses);
  return clauses;
}

/** Dash tokens: after a dateline, before a pull quote's signature. */
export const DASHES = new Set(["-", "\u2013", "\u2014", "\u2015", "--"]);

/** "RIYADH (Reuters) - A roadmap has stalled, sources said": the dateline opening the first
 * paragraph is metadata, neither content nor source. */
function skipDateline(analysis: Analysis, clauses: Clause[]): void {
  const dateline = analysis.document.dateline;
  const { tokens } = analysis.model;
  const clause = dateline && clauses.find((c) => tokens[c.tokenStart]?.start === dateline.start);
  if (!dateline || !clause) return;
  let t = clause.tokenStart;
  while (t < clause.tokenEnd && tokens[t].start < dateline.end) t++;
  while (t < clause.tokenEnd && DASHES.has(tokens[t].norm)) t++;
  if (t < clause.tokenEnd - 1) clause.tokenStart = t;
}
