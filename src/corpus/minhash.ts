// Near-duplicate detection: MinHash signatures over word 5-shingles, with LSH bands for lookup.
// Wire copies and lightly edited reprints share most shingles, so their signatures agree in most
// positions; 16 bands of 4 rows catch pairs above ~0.5 Jaccard, checked against NEAR_DUPLICATE.
const HASHES = 64;
const ROWS_PER_BAND = 4;
const SHINGLE = 5;
/** Estimated Jaccard similarity from which two articles count as copies of one another. */
export const NEAR_DUPLICATE = 0.8;

const MULTIPLIERS = new Uint32Array(HASHES);
const ADDENDS = new Uint32Array(HASHES);
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

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function minhash(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const shingle = fnv1a(words.slice(i, i + SHINGLE).join(" "));
    for (let k = 0; k < HASHES; k++) {
      const v = mix((Math.imul(shingle, MULTIPLIERS[k]) + ADDENDS[k]) >>> 0);
      if (v < signature[k]) signature[k] = v;
    }
  }
  return signature;
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
    let h = 0x811c9dc5 ^ b;
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
