// Candidate mentions before they are merged into entities, and the token context they are read in.
import type { EntityType, Mention } from "../../layers.ts";
import type { TextModel } from "../../text/model.ts";
import { startsUpper } from "../../text/vocabulary.ts";
import type { Token } from "../../types.ts";

/** A title or role of a person, as token range [tokenStart, tokenEnd). */
export interface TitleSpan {
  tokenStart: number;
  tokenEnd: number;
  rule: string;
}

export interface Candidate {
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  kind: Mention["kind"];
  subtype: string | null;
  /** ISO code of the country the named thing belongs to, when known. */
  country: string | null;
  /** Merge key shared by every mention of one thing (gazetteer key, normalised name…). */
  key: string;
  /** Canonical name from a gazetteer, else null (the fullest surface form is used). */
  canonical: string | null;
  descriptions: string[];
  rule: string;
  /** Found in a headline: kept only when the body names the same thing. */
  headline: boolean;
  /** Entity id once merged. */
  entity: string | null;
  /** Title/role strings attached to this (person) mention. */
  titles: TitleSpan[];
  /** Key of the organization or place this mention is affiliated with, when the text says so. */
  affiliationKey: string | null;
  /** Lies inside a person's title ("US Secretary of State"): a place there is a modifier, like a
   * demonym, and names an entity only when the article also names it elsewhere. */
  inTitle: boolean;
  /** Opens its sentence (or a quotation), where a capital may be only the sentence's. */
  sentenceInitial: boolean;
  /** Its first word opens the sentence and was not tagged a proper noun ("Notice Trump"): the
   * rest may be a name the article already has. */
  weakFirst: boolean;
}

/** What a stage pass needs to read tokens in context. */
export interface Context {
  model: TextModel;
  tokens: Token[];
  /** Candidate covering each token (name or demonym), or -1. */
  coverage: Int32Array;
  candidates: Candidate[];
  /** Sentence indexes that are headlines (title line, or title-case lines). */
  headline: Uint8Array;
  /** Indexes of the capitalised tokens and of the tokens "the", collected by the first pass so
   * that later passes visit only those. */
  capitals: number[];
  articles: number[];
}

const ALL_CAPS = /^\p{Lu}[\p{Lu}\d.&-]+$/u;

/** "NYT", "U.S.": two or more characters, capitals, digits and dots only (ASCII fast path). */
export function isAllCaps(text: string): boolean {
  if (text.length < 2 || !startsUpper(text)) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return ALL_CAPS.test(text);
    if (code >= 97 && code <= 122) return false;
  }
  return ALL_CAPS.test(text);
}

export const POSSESSIVE = new Set(["'s", "'", "’s", "’"]);

/** The merge key of a country's body ("Armenia's Defence Ministry", "the Armenian defence
 * ministry"): one per country and name, however the country is written. */
export function countryOrgKey(country: string, words: string): string {
  return `org:${country.toLowerCase()}|${words}`;
}

export function candidateText(context: Context, c: { tokenStart: number; tokenEnd: number }): string {
  const { tokens, model } = context;
  return model.text.slice(tokens[c.tokenStart].start, nameEnd(tokens[c.tokenEnd - 1]));
}

/** Where a name ends in its last token: before a possessive the tokenizer left attached ("Trump's."). */
export function nameEnd(token: Token): number {
  return token.norm.length > 2 && token.norm.endsWith("'s") ? token.end - 2 : token.end;
}

function bareNorm(token: Token): string {
  return token.norm.length > 2 && token.norm.endsWith("'s") ? token.norm.slice(0, -2) : token.norm;
}

/** Token norms of a range joined by spaces: the merge key of unlisted names. */
export function normKey(tokens: Token[], start: number, end: number): string {
  let key = "";
  for (let t = start; t < end; t++)
    key += (t > start ? " " : "") + (t === end - 1 ? bareNorm(tokens[t]) : tokens[t].norm);
  return key;
}

export function cover(context: Context, index: number): void {
  const c = context.candidates[index];
  for (let t = c.tokenStart; t < c.tokenEnd; t++) context.coverage[t] = index;
}

const NO_DESCRIPTIONS: string[] = [];

/** Every candidate gets the same fields in the same order, so that V8 keeps one object shape. */
export function newCandidate(
  fields: Partial<Candidate> & Pick<Candidate, "tokenStart" | "tokenEnd" | "key" | "rule">,
): Candidate {
  return {
    tokenStart: fields.tokenStart,
    tokenEnd: fields.tokenEnd,
    type: fields.type ?? "other",
    kind: fields.kind ?? "name",
    subtype: fields.subtype ?? null,
    country: fields.country ?? null,
    key: fields.key,
    canonical: fields.canonical ?? null,
    descriptions: fields.descriptions ?? NO_DESCRIPTIONS,
    rule: fields.rule,
    headline: fields.headline ?? false,
    entity: fields.entity ?? null,
    titles: fields.titles ?? [],
    affiliationKey: fields.affiliationKey ?? null,
    inTitle: fields.inTitle ?? false,
    sentenceInitial: fields.sentenceInitial ?? false,
    weakFirst: fields.weakFirst ?? false,
  };
}
