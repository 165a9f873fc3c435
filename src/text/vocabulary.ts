// Word numbers shared by every lexicon that tests tokens one by one. Each word of a lexicon gets
// a number, and a token array's norms are read as numbers once per array, when the text model is
// built (the strings are still in the cache then): a Map lookup on a token's string costs several
// times an Int32Array read, and the stages test every token against dozens of classes.
import type { Token } from "../types.ts";

/** Word numbers from 1; 0 is a token no lexicon holds. A dictionary object rather than a Map:
 * its lookups on short strings measured about twice as fast here. */
const numbers: Record<string, number> = Object.create(null);
let size = 0;

export function numberOf(word: string): number {
  let n = numbers[word];
  if (n === undefined) {
    n = ++size;
    numbers[word] = n;
  }
  return n;
}

/** A membership table over word numbers; numbers given out after it was made read as absent. */
export function memberTable(members: Iterable<number>): Uint8Array {
  const table = new Uint8Array(size + 1);
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
  const { ids, shapes } = numbered(tokens);
  const size = table.length;
  const end = Math.min(to, ids.length);
  for (let i = Math.max(from, 0); i < end; i++) {
    const n = ids[i];
    if ((n < size && table[n] === 1) || (digits && (shapes[i] & DIGIT) !== 0)) return i;
  }
  return -1;
}

interface Numbered {
  tokens: readonly Token[];
  length: number;
  /** Vocabulary size when numbered: words added later read as 0 until renumbered. */
  size: number;
  ids: Int32Array;
  /** Shape flags of each token's first character (DIGIT, CAPITAL). */
  shapes: Uint8Array;
}

let lastNumbered: Numbered | null = null;
const numberedArrays = new WeakMap<readonly Token[], Numbered>();

/** A norm's word number, 0 when no lexicon holds it. */
export function wordNumber(norm: string): number {
  return numbers[norm] ?? 0;
}

/** Keeps the numbers the text model read while building `tokens` (their strings were in the cache
 * then), so that no stage reads them again. */
export function rememberNumbers(tokens: readonly Token[], ids: Int32Array, shapes: Uint8Array): void {
  lastNumbered = { tokens, length: tokens.length, size: size, ids, shapes };
  numberedArrays.set(tokens, lastNumbered);
}

/** Each token's norm as its lexicon word number, 0 when no lexicon holds it; computed once per
 * token array (again only when a lexicon compiled since added words). */
export function tokenNumbers(tokens: readonly Token[]): Int32Array {
  return numbered(tokens).ids;
}

/** Whether token `i` starts with a digit, read from the same pass (a token's string is slow to reach). */
export function startsWithDigit(tokens: readonly Token[], i: number): boolean {
  return (numbered(tokens).shapes[i] & DIGIT) !== 0;
}

/** Shape flags per token, for scans that would otherwise read every token's string. */
export function tokenShapes(tokens: readonly Token[]): Uint8Array {
  return numbered(tokens).shapes;
}

function numbered(tokens: readonly Token[]): Numbered {
  const last = lastNumbered;
  if (last !== null && last.tokens === tokens && last.size === size && last.length === tokens.length)
    return last;
  let entry = numberedArrays.get(tokens);
  if (!entry || entry.size !== size || entry.length !== tokens.length) {
    const ids = new Int32Array(tokens.length);
    const shapes = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      ids[i] = wordNumber(tokens[i].norm);
      shapes[i] = shapeOf(tokens[i].text);
    }
    entry = { tokens, length: tokens.length, size: size, ids, shapes };
    numberedArrays.set(tokens, entry);
  }
  lastNumbered = entry;
  return entry;
}

export const DIGIT = 1;
export const CAPITAL = 2;
const UPPER_START = /^\p{Lu}/u;

/** True when the text starts with a capital letter (ASCII fast path: called for every token). */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_START.test(text);
}

/** DIGIT and CAPITAL flags of a token's text. */
export function shapeOf(text: string): number {
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) return DIGIT;
  return startsUpper(text) ? CAPITAL : 0;
}

/** One-word entries, tested on a token by its number. */
export class WordSet {
  private readonly members: Uint8Array;

  constructor(words: Iterable<string>) {
    this.members = memberTable([...words].map((w) => numberOf(w.toLowerCase())));
  }

  has(word: string): boolean {
    const n = numbers[word];
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
