// What kind of source a span is: a name, a pronoun, an unnamed person ("a senior Israeli
// official": descriptor official, affiliation Israel) or a document ("the statement").
import type { SourceRef } from "../../layers.ts";
import {
  ANONYMOUS_HEADS,
  DEMONYMS,
  DESCRIPTION_CUT,
  DESCRIPTION_OPENERS,
  DOCUMENT_HEADS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  REDUCED_RELATIVE_PARTICIPLES,
  RELATIVE_SOURCE,
  SPEAKER_PRONOUNS,
  STRICT_ANONYMOUS_HEADS,
  THING_PRONOUNS,
} from "./lexicon.ts";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu;

interface Word {
  text: string;
  lower: string;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/[’']s$/, ""),
  }));
}

/** The words of the phrase before its first modifier ("two people familiar with …" → two people;
 * "a draft text circulated by the mediators" → a draft text). */
function corePhrase(words: Word[]): Word[] {
  const cut = words.findIndex(
    (w, i) => i > 0 && (DESCRIPTION_CUT.has(w.lower) || opensAgentPhrase(words, i)),
  );
  return cut > 0 ? words.slice(0, cut) : words;
}

/** "circulated by", "seen by": a participle with its agent after the noun it modifies. */
function opensAgentPhrase(words: Word[], i: number): boolean {
  const w = words[i].lower;
  return words[i + 1]?.lower === "by" && (w.endsWith("ed") || REDUCED_RELATIVE_PARTICIPLES.has(w));
}

export function classifySource(text: string, start: number, end: number): SourceRef {
  const lower = text.toLowerCase();
  if (
    PERSON_PRONOUNS.has(lower) ||
    PLURAL_PRONOUNS.has(lower) ||
    THING_PRONOUNS.has(lower) ||
    SPEAKER_PRONOUNS.has(lower) ||
    RELATIVE_SOURCE.has(lower)
  ) {
    return sourceRef(start, end, text, "pronoun", null, null);
  }
  const core = corePhrase(wordsOf(text.split(",")[0]));
  const head = core.at(-1)?.lower ?? "";
  const capitalized = core.some(
    (w, i) => /^\p{Lu}/u.test(w.text) && !(i === 0 && isDeterminer(w.lower)) && !DEMONYMS.has(w.lower),
  );
  if (DOCUMENT_HEADS.has(head) && !capitalizedHead(core)) {
    return sourceRef(start, end, text, "document", head, affiliationOf(core));
  }
  if (
    ANONYMOUS_HEADS.has(head) &&
    (!capitalized || STRICT_ANONYMOUS_HEADS.has(head)) &&
    !capitalizedHead(core)
  ) {
    return sourceRef(start, end, text, "unnamed", head, affiliationOf(core));
  }
  return sourceRef(start, end, text, "named", null, null);
}

/** One object shape for every source (the stages after this one fill in entity, name, resolvedFrom). */
function sourceRef(
  start: number,
  end: number,
  text: string,
  kind: SourceRef["kind"],
  descriptor: string | null,
  affiliation: string | null,
): SourceRef {
  return {
    start,
    end,
    text,
    entity: null,
    anonymous: kind === "unnamed",
    descriptor,
    affiliation,
    resolvedFrom: null,
    name: null,
    kind,
  };
}

function capitalizedHead(core: Word[]): boolean {
  const last = core.at(-1);
  return (
    last !== undefined && core.length > 1 && /^\p{Lu}/u.test(last.text) && !/^\p{Lu}/u.test(core[0].text)
  );
}

function isDeterminer(word: string): boolean {
  return DESCRIPTION_OPENERS.has(word);
}

/** The side an unnamed source belongs to: a nationality word or a capitalized modifier. */
function affiliationOf(core: Word[]): string | null {
  for (let i = 0; i < core.length - 1; i++) {
    const two = i + 1 < core.length - 1 ? `${core[i].lower} ${core[i + 1].lower}` : "";
    const country = DEMONYMS.get(two) ?? DEMONYMS.get(core[i].lower);
    if (country) return country;
  }
  for (let i = 0; i < core.length - 1; i++) {
    const w = core[i];
    if (/^\p{Lu}/u.test(w.text) && !(i === 0 && isDeterminer(w.lower)) && !isDeterminer(w.lower))
      return w.text.replace(/[’']s$/, "");
  }
  return null;
}
