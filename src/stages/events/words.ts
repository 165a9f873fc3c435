// Compiled word classes and phrase matching over the text model's tokens, shared by the
// negotiation stages, on the word numbers of text/vocabulary.ts. Multi-word entries (and
// hyphenated ones, whose hyphen is a token of its own) are split into token sequences at load.
import { loadLexicon } from "../../lexicon/load.ts";
import { isMember, memberTable, nextMember, numberOf, tokenNumbers, WordSet } from "../../text/vocabulary.ts";
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

export interface PhraseEntry<T> {
  phrase: Int32Array;
  value: T;
}

/** Phrases with a value each, indexed by their first word; candidates come in the given order. */
/** The entries sharing a first word; `seconds` lists their second words when none is one word long. */
interface Bucket<T> {
  entries: PhraseEntry<T>[];
  seconds: Uint8Array | null;
}

export class PhraseIndex<T> {
  private readonly firsts: Uint8Array;
  private readonly byFirst = new Map<number, Bucket<T>>();

  constructor(
    entries: Iterable<readonly [string, T]>,
    order: (a: PhraseEntry<T>, b: PhraseEntry<T>) => number = (a, b) => b.phrase.length - a.phrase.length,
  ) {
    const lists = new Map<number, PhraseEntry<T>[]>();
    for (const [text, value] of entries) {
      const phrase = Int32Array.from(phraseTokens(text), numberOf);
      const list = lists.get(phrase[0]) ?? [];
      list.push({ phrase, value });
      lists.set(phrase[0], list);
    }
    for (const [first, list] of lists) {
      list.sort(order);
      const seconds = list.every((e) => e.phrase.length > 1)
        ? memberTable(list.map((e) => e.phrase[1]))
        : null;
      this.byFirst.set(first, { entries: list, seconds });
    }
    this.firsts = memberTable(this.byFirst.keys());
  }

  /** The first token in [from, to) where an entry's first word stands (or, with `digits`, that
   * starts with a digit), or -1. */
  nextStart(tokens: readonly Token[], from: number, to: number, digits = false): number {
    return nextMember(this.firsts, tokens, from, to, digits);
  }

  /** The entries whose first word is token `i`'s, or undefined (their phrases still need a check).
   * "of" starts many phrases ("of talks"): its entries come only when the next word fits one. */
  candidates(tokens: readonly Token[], i: number): readonly PhraseEntry<T>[] | undefined {
    if (i < 0 || i >= tokens.length) return undefined;
    const ids = tokenNumbers(tokens);
    const first = ids[i];
    if (!isMember(this.firsts, first)) return undefined;
    const bucket = this.byFirst.get(first);
    if (bucket?.seconds && !(i + 1 < ids.length && isMember(bucket.seconds, ids[i + 1]))) return undefined;
    return bucket?.entries;
  }

  /** The first entry, in order, whose whole phrase starts at token `i` and ends by `end`. */
  match(tokens: readonly Token[], i: number, end: number): PhraseEntry<T> | null {
    const candidates = this.candidates(tokens, i);
    if (!candidates) return null;
    for (const entry of candidates) if (phraseAt(tokens, i, end, entry.phrase)) return entry;
    return null;
  }
}

/** Whether the numbered phrase lies at token `i`, ending by `end`. */
export function phraseAt(tokens: readonly Token[], i: number, end: number, phrase: Int32Array): boolean {
  if (i + phrase.length > Math.min(end, tokens.length)) return false;
  const ids = tokenNumbers(tokens);
  for (let k = 1; k < phrase.length; k++) if (ids[i + k] !== phrase[k]) return false;
  return true;
}

/** Phrases matched longest first, so "broke down" wins over "broke". */
export class PhraseSet {
  private readonly index: PhraseIndex<null>;

  constructor(entries: readonly string[]) {
    this.index = new PhraseIndex(entries.map((e) => [e, null] as const));
  }

  /** Length in tokens of the longest phrase starting at token `i` (not past `end`), or 0. */
  matchAt(tokens: readonly Token[], i: number, end: number): number {
    return this.index.match(tokens, i, end)?.phrase.length ?? 0;
  }

  /** First token index in [from, to) where a phrase starts, or -1. */
  findIn(tokens: readonly Token[], from: number, to: number): number {
    for (let i = this.index.nextStart(tokens, from, to); i >= 0; i = this.index.nextStart(tokens, i + 1, to))
      if (this.matchAt(tokens, i, to)) return i;
    return -1;
  }

  /** The first token in [from, to) where a phrase's first word stands (the phrase may not follow)
   * or, with `digits`, that starts with a digit; -1 when none. */
  nextStart(tokens: readonly Token[], from: number, to: number, digits = false): number {
    return this.index.nextStart(tokens, from, to, digits);
  }

  /** Last token index in [from, to) where a phrase starts, or -1. */
  findLastIn(tokens: readonly Token[], from: number, to: number): number {
    for (let i = to - 1; i >= Math.max(from, 0); i--) if (this.matchAt(tokens, i, to)) return i;
    return -1;
  }
}

/** The entries of a word class of a lexicon file. */
export function entriesOf(lexicon: string, name: string): string[] {
  const entries = loadLexicon<Record<string, unknown>>(lexicon)[name];
  if (!Array.isArray(entries)) throw new Error(`lexicon ${lexicon} has no word class ${name}`);
  return entries as string[];
}

/** Word classes built on first use, by lexicon file and class name. */
class ClassCache<T> {
  private readonly byLexicon = new Map<string, Map<string, T>>();

  constructor(private readonly build: (entries: string[]) => T) {}

  get(lexicon: string, name: string): T {
    let classes = this.byLexicon.get(lexicon);
    if (!classes) {
      classes = new Map();
      this.byLexicon.set(lexicon, classes);
    }
    let built = classes.get(name);
    if (built === undefined) {
      built = this.build(entriesOf(lexicon, name));
      classes.set(name, built);
    }
    return built;
  }
}

const phraseClasses = new ClassCache((entries) => new PhraseSet(entries));
const wordClasses = new ClassCache((entries) => new WordSet(entries));

/** A word class of a lexicon file (e.g. negotiation-words → truce) as a PhraseSet. */
export const wordClass = (lexicon: string, name: string): PhraseSet => phraseClasses.get(lexicon, name);
export const negotiationWords = (name: string): PhraseSet => wordClass("negotiation-words", name);
export const statusWords = (name: string): PhraseSet => wordClass("event-status", name);

/** A one-word class of a lexicon file as a WordSet. */
export const wordSet = (lexicon: string, name: string): WordSet => wordClasses.get(lexicon, name);
export const statusSet = (name: string): WordSet => wordSet("event-status", name);
