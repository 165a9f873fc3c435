import { describe, expect, it } from "vitest";
import {
  bandKeys,
  decodeSignature,
  encodeSignature,
  minhash,
  NEAR_DUPLICATE,
  similarity,
} from "../../src/corpus/minhash.ts";
import { GRAIN_CORRIDOR, HARBOR_TALKS, RIVER_TRUCE } from "../store/fixtures.ts";

const SENTENCE =
  "Negotiators from Norland and Sudmark met in Valletta on Tuesday, the foreign ministry of Malta said.";

describe("minhash", () => {
  it("keeps the signatures stored by earlier versions (stored articles stay comparable)", () => {
    // Values computed when the signature was first defined: a change here orphans every stored signature.
    const signature = minhash(SENTENCE);
    expect(encodeSignature(signature).split(",").slice(0, 4)).toEqual([
      "c2bbb6e",
      "38a2519e",
      "27d72d8",
      "39d2ca24",
    ]);
    expect(bandKeys(signature).slice(0, 2)).toEqual(["0:96iorw", "1:kfqw2h"]);
    expect(encodeSignature(minhash("Truce")).split(",").slice(0, 2)).toEqual(["ea1481f", "818b2cde"]);
    expect(encodeSignature(minhash("")).split(",").slice(0, 2)).toEqual(["8b340c31", "7fb8da16"]);
  });

  it("ignores case and punctuation between words", () => {
    expect(minhash(SENTENCE.toUpperCase().replace(/,/g, " ;"))).toEqual(minhash(SENTENCE));
  });

  it("takes words as runs of letters and digits in any script, astral ones too", () => {
    const texts = [
      "Straße nach 北京, ١٢٣ Tage; x² und ½ Ⅻ",
      "𝐀𝐁𝐂 bold, 😀 an emoji between, ab😀cd",
      "combining e\u0301 marks, a lone \ud835 surrogate, İstanbul ΣΑΣ",
    ];
    for (const text of texts) {
      const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(minhash(text)).toEqual(minhash(words.join(" ")));
    }
  });

  it("rates a wire copy with a new last line a near-duplicate, and different stories not", () => {
    const copy = `${HARBOR_TALKS}\n\nReporting by the harbor desk.`;
    expect(similarity(minhash(HARBOR_TALKS), minhash(copy))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(similarity(minhash(HARBOR_TALKS), minhash(RIVER_TRUCE))).toBeLessThan(0.2);
    expect(similarity(minhash(GRAIN_CORRIDOR), minhash(RIVER_TRUCE))).toBeLessThan(0.2);
  });

  it("gives near-duplicates a shared band key and round-trips its encoding", () => {
    const a = minhash(HARBOR_TALKS);
    const b = minhash(`${HARBOR_TALKS}\n\nReporting by the harbor desk.`);
    expect(bandKeys(a).some((k) => bandKeys(b).includes(k))).toBe(true);
    expect(decodeSignature(encodeSignature(a))).toEqual(a);
  });
});
