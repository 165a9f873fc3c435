// Near-duplicate detection: MinHash signatures over word 5-shingles, with LSH bands for lookup.
// Wire copies and lightly edited reprints share most shingles, so their signatures agree in most
// positions; 16 bands of 4 rows catch pairs above ~0.5 Jaccard, checked against NEAR_DUPLICATE.
const HASHES = 64;
const ROWS_PER_BAND = 4;
const SHINGLE = 5;
/** Estimated Jaccard similarity from which two articles count as copies of one another. */
export const NEAR_DUPLICATE = 0.8;

const MULTIPLIERS = new Int32Array(HASHES);
const ADDENDS = new Int32Array(HASHES);
{
  // Fixed pseudo-random parameters (xorshift from a constant seed) so signatures are stable across runs.
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < HASHES; i++) {
    MULTIPLIERS[i] = next() | 1;
    ADDENDS[i] = next();
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
/** Flips the sign bit: signed order of biased values is the unsigned order of the originals. */
const BIAS = 0x80000000;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not looked up yet, 1 letter or digit, 2 not. */
const BMP_CLASS = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let kind = BMP_CLASS[code];
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_CLASS[code] = kind;
  }
  return kind === 1;
}

/** The words of a text (runs of letters and digits, as /[\p{L}\p{N}]+/gu finds them) as
 * [start, end) offsets, without making a string of each. */
export function wordSpans(text: string): { starts: Int32Array; ends: Int32Array; count: number } {
  const starts = new Int32Array((text.length >> 1) + 1);
  const ends = new Int32Array(starts.length);
  let count = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const pair = text.codePointAt(i) as number;
      width = pair > 0xffff ? 2 : 1;
      word = width === 2 ? WORD_CHAR.test(String.fromCodePoint(pair)) : false;
    } else word = isWordUnit(code);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      starts[count] = start;
      ends[count++] = i;
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) {
    starts[count] = start;
    ends[count++] = text.length;
  }
  return { starts, ends, count };
}

export function minhash(text: string): Uint32Array {
  const lower = text.toLowerCase();
  const { starts, ends, count: words } = wordSpans(lower);
  // The hot loop stays in int32 arithmetic (no heap numbers): minima are kept biased in an Int32Array.
  const biased = new Int32Array(HASHES).fill(0xffffffff ^ BIAS);
  const count = Math.max(1, words - SHINGLE + 1);
  for (let first = 0; first < count; first++) {
    // FNV-1a of the shingle's words joined by single spaces, read off the text.
    let shingle = FNV_OFFSET;
    const last = Math.min(words, first + SHINGLE);
    for (let w = first; w < last; w++) {
      if (w > first) shingle = Math.imul(shingle ^ SPACE, FNV_PRIME);
      for (let i = starts[w]; i < ends[w]; i++) shingle = Math.imul(shingle ^ lower.charCodeAt(i), FNV_PRIME);
    }
    for (let k = 0; k < HASHES; k++) {
      let x = (Math.imul(shingle, MULTIPLIERS[k]) + ADDENDS[k]) | 0;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      x ^= BIAS;
      if (x < biased[k]) biased[k] = x;
    }
  }
  return Uint32Array.from(biased, (v) => (v ^ BIAS) >>> 0);
}

export function encodeSignature(signature: Uint32Array): string {
  return Array.from(signature, (v) => v.toString(16)).join(",");
}

const COMMA = 0x2c;

/** The inverse of encodeSignature (lower-case hex, comma-separated), read in one pass. */
export function decodeSignature(encoded: string): Uint32Array {
  let parts = 1;
  for (let i = 0; i < encoded.length; i++) if (encoded.charCodeAt(i) === COMMA) parts++;
  const signature = new Uint32Array(parts);
  let k = 0;
  let value = 0;
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    if (code === COMMA) {
      signature[k++] = value;
      value = 0;
    } else value = value * 16 + (code <= 0x39 ? code - 0x30 : code - 0x57);
  }
  signature[k] = value;
  return signature;
}

/** LSH band keys: articles sharing any band are candidates for a similarity check. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < HASHES / ROWS_PER_BAND; b++) {
    let h = FNV_OFFSET ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix((h ^ signature[b * ROWS_PER_BAND + r]) >>> 0);
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}
