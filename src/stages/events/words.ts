// Compiled word classes and phrase matching over the text model's tokens, shared by the
// negotiation stages. Phrases are matched on token norms; multi-word entries (and hyphenated
// ones, whose hyphen is a token of its own) are split into token sequences once, at load.
import { loadLexicon } from "../../lexicon/load.ts";
import type { Token } from "../../types.ts";

export type Phrase = readonly string[];

/** Splits "cease-fire talks" into ["cease", "-", "fire", "talks"], like the tokenizer does. */
export function phraseTokens(entry: string): Phrase {
  return entry
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/-/g, " - ")
    .replace(/n't\b/g, " n't")
    .split(/\s+/)
    .filter(Boolean);
}

/** Phrases indexed by their first token for linear matching. */
export class PhraseSet {
  private readonly byFirst = new Map<string, Phrase[]>();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const phrase = phraseTokens(entry);
      const list = this.byFirst.get(phrase[0]) ?? [];
      list.push(phrase);
      // Longest first, so "broke down" wins over "broke".
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(phrase[0], list);
    }
  }

  /** Length in tokens of the longest phrase starting at token `i` (not past `end`), or 0. */
  matchAt(tokens: readonly Token[], i: number, end: number): number {
    const last = Math.min(end, tokens.length);
    if (i < 0 || i >= last) return 0;
    const candidates = this.byFirst.get(tokens[i].norm);
    if (!candidates) return 0;
    for (const phrase of candidates) {
      if (i + phrase.length > last) continue;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) ok = tokens[i + k].norm === phrase[k];
      if (ok) return phrase.length;
    }
    return 0;
  }

  /** First token index in [from, to) where a phrase starts, or -1. */
  findIn(tokens: readonly Token[], from: number, to: number): number {
    for (let i = Math.max(from, 0); i < to; i++) if (this.matchAt(tokens, i, to)) return i;
    return -1;
  }

  /** Last token index in [from, to) where a phrase starts, or -1. */
  findLastIn(tokens: readonly Token[], from: number, to: number): number {
    for (let i = to - 1; i >= Math.max(from, 0); i--) if (this.matchAt(tokens, i, to)) return i;
    return -1;
  }
}

const compiled = new Map<string, PhraseSet>();

/** A word class of a lexicon file (e.g. negotiation-words → truce) as a PhraseSet, built once. */
export function wordClass(lexicon: string, name: string): PhraseSet {
  const key = `${lexicon}:${name}`;
  let set = compiled.get(key);
  if (!set) {
    const data = loadLexicon<Record<string, unknown>>(lexicon);
    const entries = data[name];
    if (!Array.isArray(entries)) throw new Error(`lexicon ${lexicon} has no word class ${name}`);
    set = new PhraseSet(entries as string[]);
    compiled.set(key, set);
  }
  return set;
}

export const negotiationWords = (name: string): PhraseSet => wordClass("negotiation-words", name);
export const statusWords = (name: string): PhraseSet => wordClass("event-status", name);

const sets = new Map<string, Set<string>>();

/** A one-word class of a lexicon file as a Set of lower-case words, built once. */
export function wordSet(lexicon: string, name: string): Set<string> {
  const key = `${lexicon}:${name}`;
  let set = sets.get(key);
  if (!set) {
    const entries = loadLexicon<Record<string, unknown>>(lexicon)[name];
    if (!Array.isArray(entries)) throw new Error(`lexicon ${lexicon} has no word class ${name}`);
    set = new Set((entries as string[]).map((w) => w.toLowerCase()));
    sets.set(key, set);
  }
  return set;
}

export const statusSet = (name: string): Set<string> => wordSet("event-status", name);
