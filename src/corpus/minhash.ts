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
const WORD = /[\p{L}\p{N}]+/gu;

function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a of `words[from..to)` joined by single spaces, without building the joined string. */
function shingleHash(words: string[], from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
    const word = words[w];
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return h;
}

export function minhash(text: string): Uint32Array {
  const words = text.toLowerCase().match(WORD) ?? [];
  // The hot loop stays in int32 arithmetic (no heap numbers): minima are kept biased in an Int32Array.
  const biased = new Int32Array(HASHES).fill(0xffffffff ^ BIAS);
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const shingle = shingleHash(words, i, Math.min(words.length, i + SHINGLE));
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

export function decodeSignature(encoded: string): Uint32Array {
  return Uint32Array.from(encoded.split(","), (v) => Number.parseInt(v, 16));
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
