// An unnamed person introduced as a sentence's subject ("A retired diplomat who took part in the
// talks saw the swap as a sign …"), whom a later "he said" stands for when no source or name
// comes between.
import type { Analysis, SourceRef } from "../../layers.ts";
import { tokenAt } from "../../text/model.ts";
import type { Token } from "../../types.ts";
import { PERSON_HEADS } from "../attributions/lexicon.ts";
import { classifySource } from "../attributions/sources.ts";

const INDEFINITE = new Set(["a", "an", "another", "one"]);
/** Sentences looked back over, the pronoun's own included. */
const SENTENCES_BACK = 3;
const MAX_DESCRIPTION = 8;

/** The nearest described person opening a sentence before `offset`, as an unnamed source. */
export function describedPersonBefore(analysis: Analysis, offset: number): SourceRef | null {
  const { model } = analysis;
  const at = tokenAt(model, offset);
  const sentence = model.tokens[at]?.sentence ?? -1;
  for (let s = sentence; s >= 0 && sentence - s < SENTENCES_BACK; s--) {
    const { tokenStart, tokenEnd } = model.sentences[s];
    const end = subjectDescription(model.tokens, tokenStart, s === sentence ? at : tokenEnd);
    if (end < 0) continue;
    const start = model.tokens[tokenStart].start;
    const stop = model.tokens[end - 1].end;
    return classifySource(model.text.slice(start, stop), start, stop);
  }
  return null;
}

/** The end token of "a/an/another/one … HEAD" at the sentence start, followed by a verb, a comma or
 * "who"; -1 when the sentence does not open with one. */
function subjectDescription(tokens: Token[], from: number, to: number): number {
  if (from >= to || !INDEFINITE.has(tokens[from].norm)) return -1;
  for (let j = from + 1; j < Math.min(to, from + MAX_DESCRIPTION); j++) {
    const t = tokens[j];
    if (PERSON_HEADS.has(t.norm) && t.pos === "NOUN") {
      const next = tokens[j + 1];
      const subject =
        next &&
        (next.pos === "VERB" ||
          next.pos === "AUX" ||
          next.pos === "ADV" ||
          next.norm === "who" ||
          next.norm === "in" ||
          next.norm === ",");
      return subject ? j + 1 : -1;
    }
    if (t.pos !== "ADJ" && t.pos !== "PROPN" && t.pos !== "NOUN" && t.norm !== "-") return -1;
  }
  return -1;
}
