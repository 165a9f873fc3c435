// Compiled word classes and phrase matching over the text model's tokens, shared by the
// negotiation stages. Every word of a lexicon gets a number, and a token array's norms are read
// as numbers once per array: a Map lookup on a token's string costs several times an Int32Array
// read, and the stages test every token against dozens of classes. Multi-word entries (and
// hyphenated ones, whose hyphen is a token of its own) are split into token sequences at load.
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

/** Word numbers from 1; 0 is a token no lexicon holds. */
const numbers = new Map<string, number>();

function numberOf(word: string): number {
  let n = numbers.get(word);
  if (n === undefined) {
    n = numbers.size + 1;
    numbers.set(word, n);
  }
  return n;
}

/** A membership table over word numbers; numbers given out after it was made read as absent. */
function memberTable(members: Iterable<number>): Uint8Array {
  const table = new Uint8Array(numbers.size + 1);
  for (const n of members) table[n] = 1;
  return table;
}

const isMember = (table: Uint8Array, n: number) => n < table.length && table[n] === 1;

/** The first token in [from, to) whose word is in the table (or, with `digits`, that starts with a
 * digit), or -1: the scans' tight loop. */
function nextMember(
  table: Uint8Array,
  tokens: readonly Token[],
  from: number,
  to: number,
  digits = false,
): number {
  const { ids, digits: digit } = numbered(tokens);
  const size = table.length;
  const end = Math.min(to, ids.length);
  for (let i = Math.max(from, 0); i < end; i++) {
    const n = ids[i];
    if ((n < size && table[n] === 1) || (digits && digit[i] === 1)) return i;
  }
  return -1;
}

interface Numbered {
  tokens: readonly Token[];
  length: number;
  /** Vocabulary size when numbered: words added later read as 0 until renumbered. */
  size: number;
  ids: Int32Array;
  /** 1 where the token starts with a digit. */
  digits: Uint8Array;
}

let lastNumbered: Numbered | null = null;
const numberedArrays = new WeakMap<readonly Token[], Numbered>();

/** Each token's norm as its lexicon word number, 0 when no lexicon holds it; computed once per
 * token array (again only when a lexicon compiled since added words). */
export function tokenNumbers(tokens: readonly Token[]): Int32Array {
  return numbered(tokens).ids;
}

/** Whether token `i` starts with a digit, read from the same pass (a token's string is slow to reach). */
export function startsWithDigit(tokens: readonly Token[], i: number): boolean {
  return numbered(tokens).digits[i] === 1;
}

function numbered(tokens: readonly Token[]): Numbered {
  const last = lastNumbered;
  if (last !== null && last.tokens === tokens && last.size === numbers.size && last.length === tokens.length)
    return last;
  let entry = numberedArrays.get(tokens);
  if (!entry || entry.size !== numbers.size || entry.length !== tokens.length) {
    const ids = new Int32Array(tokens.length);
    const digits = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const norm = tokens[i].norm;
      ids[i] = numbers.get(norm) ?? 0;
      const c = norm.charCodeAt(0);
      if (c >= 48 && c <= 57) digits[i] = 1;
    }
    entry = { tokens, length: tokens.length, size: numbers.size, ids, digits };
    numberedArrays.set(tokens, entry);
  }
  lastNumbered = entry;
  return entry;
}

/** One-word entries, tested on a token by its number. */
export class WordSet {
  private readonly members: Uint8Array;

  constructor(words: Iterable<string>) {
    this.members = memberTable([...words].map((w) => numberOf(w.toLowerCase())));
  }

  has(word: string): boolean {
    const n = numbers.get(word);
    return n !== undefined && isMember(this.members, n);
  }

  /** Whether token `i` is one of the words; false out of range. */
  at(tokens: readonly Token[], i: number): boolean {
    return i >= 0 && i < tokens.length && isMember(this.members, tokenNumbers(tokens)[i]);
  }

  /** The first token in [from, to) that is one of the words, or -1. */
  nextIn(tokens: readonly Token[], from: number, to: number): number {
    return nextMember(this.members, tokens, from, to);
  }
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
