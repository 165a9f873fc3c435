// Word numbers shared by every lexicon that tests tokens one by one. Each word of a lexicon gets
// a number, and a token array's norms are read as numbers once per array, when the text model is
// built (the strings are still in the cache then): a Map lookup on a token's string costs several
// times an Int32Array read, and the stages test every token against dozens of classes.
import type { Token } from "../types.ts";

/** Word numbers from 1; 0 is a token no lexicon holds. */
const numbers = new Map<string, number>();

export function numberOf(word: string): number {
  let n = numbers.get(word);
  if (n === undefined) {
    n = numbers.size + 1;
    numbers.set(word, n);
  }
  return n;
}

/** A membership table over word numbers; numbers given out after it was made read as absent. */
export function memberTable(members: Iterable<number>): Uint8Array {
  const table = new Uint8Array(numbers.size + 1);
  for (const n of members) table[n] = 1;
  return table;
}

export const isMember = (table: Uint8Array, n: number) => n < table.length && table[n] === 1;

/** The first token in [from, to) whose word is in the table (or, with `digits`, that starts with a
 * digit), or -1: the scans' tight loop. */
export function nextMember(
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

/** A norm's word number, 0 when no lexicon holds it. */
export function wordNumber(norm: string): number {
  return numbers.get(norm) ?? 0;
}

/** Keeps the numbers the text model read while building `tokens` (their strings were in the cache
 * then), so that no stage reads them again. */
export function rememberNumbers(tokens: readonly Token[], ids: Int32Array, digits: Uint8Array): void {
  lastNumbered = { tokens, length: tokens.length, size: numbers.size, ids, digits };
  numberedArrays.set(tokens, lastNumbered);
}

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
      ids[i] = wordNumber(norm);
      if (isDigit(norm.charCodeAt(0))) digits[i] = 1;
    }
    entry = { tokens, length: tokens.length, size: numbers.size, ids, digits };
    numberedArrays.set(tokens, entry);
  }
  lastNumbered = entry;
  return entry;
}

export const isDigit = (code: number) => code >= 48 && code <= 57;

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
