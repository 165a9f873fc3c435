// Typing the capitalised runs that no gazetteer lists. The typer sits behind a small interface so
// a trained model can replace the rules; the rules look at title words before the run, the run's
// head word ("… Ministry", "… Corridor") and its shape (two or more proper words: a person).
import type { EntityType } from "../../layers.ts";
import { ALL_CAPS, type Context, normKey } from "./candidates.ts";
import { LEXICON } from "./lexicon.ts";

/** A capitalised run of tokens [tokenStart, tokenEnd) that no gazetteer matched. */
export interface NameRun {
  tokenStart: number;
  tokenEnd: number;
}

export interface Typing {
  /** The name's own token range: leading title words are left out; a head word may pull in an
   * adjacent place or demonym ("Gaza Health Ministry"). */
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  subtype: string | null;
  key: string;
  rule: string;
}

export interface NameTyper {
  /** Types a run, or returns null when it is not a name at all. */
  type(run: NameRun, context: Context): Typing | null;
}

const PERSON_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const MAX_PERSON_TOKENS = 5;

function isTitleWord(norm: string): boolean {
  return (
    LEXICON.titleHeads.has(norm) ||
    LEXICON.titleWords.has(norm) ||
    LEXICON.honorifics.has(norm) ||
    LEXICON.premodifiers.has(norm)
  );
}

/** Index of the first token after leading title words and connectors. */
function skipTitleWords(context: Context, run: NameRun): number {
  let start = run.tokenStart;
  while (
    start < run.tokenEnd &&
    (isTitleWord(context.tokens[start].norm) || LEXICON.connectors.has(context.tokens[start].norm))
  )
    start++;
  return start;
}

/** True when a title or honorific stands right before the run ("Mossad chief David Barnea"). */
function titledBefore(context: Context, run: NameRun, nameStart: number): boolean {
  if (nameStart > run.tokenStart) return true;
  const previous = context.tokens[run.tokenStart - 1];
  return (
    !!previous && previous.sentence === context.tokens[run.tokenStart].sentence && isTitleWord(previous.norm)
  );
}

/** The gazetteer place, demonym or organization right before `start`, if one ends there. */
function adjacentListed(context: Context, start: number): number {
  const index = start > 0 ? context.coverage[start - 1] : -1;
  if (index < 0) return -1;
  const candidate = context.candidates[index];
  const glued = context.tokens[start - 1].sentence === context.tokens[start].sentence;
  return glued && candidate.kind !== "title" && candidate.type !== "person" ? index : -1;
}

function looksLikePerson(context: Context, start: number, end: number): boolean {
  if (end - start > MAX_PERSON_TOKENS) return false;
  for (let t = start; t < end; t++) {
    const token = context.tokens[t];
    if (LEXICON.connectors.has(token.norm) || token.text === "-") continue;
    if (!PERSON_WORD.test(token.text) || (token.text.length > 1 && ALL_CAPS.test(token.text))) return false;
  }
  return true;
}

function headTyping(context: Context, start: number, end: number): Typing | null {
  const head = context.tokens[end - 1].norm;
  const orgSubtype = LEXICON.orgHeads.get(head);
  const isPlace = LEXICON.placeHeads.has(head);
  if (orgSubtype === undefined && !isPlace) return null;
  const listed = adjacentListed(context, start);
  // a head word alone ("Ministry") needs a name before it: a listed one or a word of its own
  if (end - start < 2 && listed < 0) return null;
  const from = listed >= 0 ? context.candidates[listed].tokenStart : start;
  const type: EntityType = isPlace ? "place" : "organization";
  const key = `${isPlace ? "place" : "org"}:${normKey(context.tokens, from, end)}`;
  return {
    tokenStart: from,
    tokenEnd: end,
    type,
    subtype: orgSubtype ?? null,
    key,
    rule: `mention.${type}_head`,
  };
}

export const ruleTyper: NameTyper = {
  type(run, context) {
    const start = skipTitleWords(context, run);
    const end = run.tokenEnd;
    if (start >= end) return null;
    const byHead = headTyping(context, start, end);
    if (byHead) return byHead;
    const single = end - start === 1;
    if (
      single &&
      start > 0 &&
      context.tokens[start - 1].norm === "the" &&
      LEXICON.descriptionNouns.has(context.tokens[start].norm)
    )
      return null; // "the Strip": a description, resolved later
    const key = normKey(context.tokens, start, end);
    const person = looksLikePerson(context, start, end);
    if (person && titledBefore(context, run, start))
      return {
        tokenStart: start,
        tokenEnd: end,
        type: "person",
        subtype: null,
        key: `person:${key}`,
        rule: "mention.person.titled",
      };
    if (person && end - start >= 2)
      return {
        tokenStart: start,
        tokenEnd: end,
        type: "person",
        subtype: null,
        key: `person:${key}`,
        rule: "mention.person.full_name",
      };
    if (single && ALL_CAPS.test(context.tokens[start].text))
      return {
        tokenStart: start,
        tokenEnd: end,
        type: "other",
        subtype: null,
        key: `name:${key}`,
        rule: "mention.acronym",
      };
    return {
      tokenStart: start,
      tokenEnd: end,
      type: "other",
      subtype: null,
      key: `name:${key}`,
      rule: single ? "mention.single_name" : "mention.unlisted_name",
    };
  },
};
