// Titles and roles of people: the title words right before a name ("Mossad chief David Barnea",
// "Senior fellow at the Carnegie Endowment for International Peace Aaron David Miller"), and role
// appositions before or after it ("Benjamin Netanyahu, the prime minister of Israel,").

import { startsUpper } from "../../text/vocabulary.ts";
import type { Token } from "../../types.ts";
import { type Candidate, type Context, POSSESSIVE } from "./candidates.ts";
import { LEXICON } from "./lexicon.ts";

const TITLE_LINKS = new Set(["of", "for", "at", "on", "the", "'s", "’s", "-"]);
const NP_PREPOSITIONS = new Set(["of", "for", "at", "on", "in", "with", "to"]);
const NP_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const NP_END = new Set([",", ".", ";", ")", ":", "—", "–"]);
const MAX_APPOSITION_TOKENS = 16;

export function isRoleWord(norm: string): boolean {
  return LEXICON.titleHeads.has(norm) || LEXICON.titleWords.has(norm);
}

function isTitleToken(norm: string): boolean {
  return isRoleWord(norm) || LEXICON.honorifics.has(norm) || LEXICON.premodifiers.has(norm);
}

/** Candidate covering token t when it is a listed organization, place or demonym. */
function listedAt(context: Context, t: number): Candidate | null {
  const index = context.coverage[t];
  if (index < 0) return null;
  const candidate = context.candidates[index];
  return candidate.type === "person" ? null : candidate;
}

function sameSentence(tokens: Token[], a: number, b: number): boolean {
  return a >= 0 && b < tokens.length && tokens[a].sentence === tokens[b].sentence;
}

/** A lower-case noun that modifies the title word after it ("intelligence chief", "division head"). */
function isCompoundNoun(tokens: Token[], t: number, titleStart: number, nameStart: number): boolean {
  const token = tokens[t];
  return token.pos === "NOUN" && titleStart === t + 1 && titleStart < nameStart && !startsUpper(token.text);
}

/** Title words before the name, through listed names and "of/for/at the" links. */
function preNameTitle(context: Context, person: Candidate): number {
  const { tokens } = context;
  let t = person.tokenStart - 1;
  let start = person.tokenStart;
  let role = false;
  while (sameSentence(tokens, t, person.tokenStart)) {
    const listed = listedAt(context, t);
    const norm = tokens[t].norm;
    if (listed) t = listed.tokenStart;
    else if (isTitleToken(norm)) role ||= isRoleWord(norm);
    else if (isCompoundNoun(tokens, t, start, person.tokenStart)) role ||= false;
    else if (!TITLE_LINKS.has(norm) || start === person.tokenStart) break;
    start = t;
    t--;
  }
  while (start < person.tokenStart && TITLE_LINKS.has(tokens[start].norm)) start++;
  return role ? start : person.tokenStart;
}

/** Possessive organization right before a name: "Axios’ Barak Ravid", "Hamas’s Khaled Mashaal". */
function possessiveAffiliation(context: Context, person: Candidate): string | null {
  const t = person.tokenStart - 1;
  if (t < 1 || !POSSESSIVE.has(context.tokens[t].norm)) return null;
  const owner = listedAt(context, t - 1);
  return owner && owner.type === "organization" ? owner.key : null;
}

function isNounPhraseToken(context: Context, t: number): boolean {
  const token = context.tokens[t];
  if (context.coverage[t] >= 0) return listedAt(context, t) !== null;
  return (
    NP_TAGS.has(token.pos) ||
    NP_PREPOSITIONS.has(token.norm) ||
    POSSESSIVE.has(token.norm) ||
    token.text === "-"
  );
}

function hasRoleWord(context: Context, start: number, end: number): boolean {
  for (let t = start; t < end; t++)
    if (context.coverage[t] < 0 && isRoleWord(context.tokens[t].norm)) return true;
  return false;
}

/** ", the prime minister of Israel," after the name: [start, end) of the role phrase, or null. */
function appositionAfter(context: Context, person: Candidate): [number, number] | null {
  const { tokens } = context;
  const comma = person.tokenEnd;
  if (
    comma >= tokens.length ||
    tokens[comma].text !== "," ||
    !sameSentence(tokens, person.tokenStart, comma + 1)
  )
    return null;
  const start = comma + 1;
  let end = start;
  let preposition = false;
  while (
    end < tokens.length &&
    end - start < MAX_APPOSITION_TOKENS &&
    tokens[end].sentence === tokens[start].sentence
  ) {
    // a person may close the role after a preposition: ", an aide to President Vladimir Putin."
    const person = context.coverage[end] >= 0 && !listedAt(context, end);
    if (person && preposition) end = context.candidates[context.coverage[end]].tokenEnd;
    else if (!isNounPhraseToken(context, end)) break;
    else {
      preposition ||= NP_PREPOSITIONS.has(tokens[end].norm);
      end++;
    }
  }
  const closed =
    end >= tokens.length || tokens[end].sentence !== tokens[start].sentence || NP_END.has(tokens[end].text);
  if (!closed || end === start || NP_PREPOSITIONS.has(tokens[start].norm)) return null;
  return hasRoleWord(context, start, end) ? [start, end] : null;
}

/** "Israel’s intelligence chief, Mossad Director David Barnea": the role phrase before a comma. */
function appositionBefore(context: Context, nameStart: number): [number, number] | null {
  const { tokens } = context;
  const comma = nameStart - 1;
  if (comma < 1 || tokens[comma].text !== "," || !sameSentence(tokens, comma - 1, nameStart)) return null;
  const end = comma;
  let start = end;
  while (start - 1 >= 0 && end - start < MAX_APPOSITION_TOKENS && sameSentence(tokens, start - 1, end)) {
    if (!isNounPhraseToken(context, start - 1)) break;
    start--;
  }
  const opensSentence =
    start === 0 || tokens[start - 1].sentence !== tokens[start].sentence || tokens[start - 1].text === ",";
  while (start < end && NP_PREPOSITIONS.has(tokens[start].norm)) start++;
  if (!opensSentence || start === end) return null;
  const last = tokens[end - 1].norm;
  const endsWell = isRoleWord(last) || listedAt(context, end - 1) !== null;
  return endsWell && hasRoleWord(context, start, end) ? [start, end] : null;
}

function addTitle(context: Context, person: Candidate, start: number, end: number, rule: string): void {
  person.titles.push({ tokenStart: start, tokenEnd: end, rule });
  for (let t = start; t < end; t++) {
    const listed = listedAt(context, t);
    // "a researcher at the institute in Bogota": a place after a locative preposition is where
    // the person is, named in its own right
    const located =
      listed?.type === "place" &&
      LEXICON.locativePrepositions.has(context.tokens[listed.tokenStart - 1]?.norm ?? "");
    if (listed && !located) listed.inTitle = true;
  }
  if (person.affiliationKey) return;
  // the first organization in the title, else its first place or demonym ("Israeli Prime Minister")
  let place: string | null = null;
  for (let t = start; t < end; t++) {
    const listed = listedAt(context, t);
    if (listed?.type === "organization" && listed.kind === "name") {
      person.affiliationKey = listed.key;
      return;
    }
    if (listed?.type === "place") place ??= listed.key;
  }
  person.affiliationKey = place;
}

/** Attaches titles and affiliations to every person name mention. */
export function attachTitles(context: Context): void {
  for (const person of context.candidates) {
    if (person.type !== "person" || person.kind !== "name") continue;
    person.affiliationKey = possessiveAffiliation(context, person);
    const titleStart = preNameTitle(context, person);
    if (titleStart < person.tokenStart)
      addTitle(context, person, titleStart, person.tokenStart, "title.pre_name");
    const before = appositionBefore(context, titleStart);
    if (before) addTitle(context, person, before[0], before[1], "title.apposition_before");
    const after = appositionAfter(context, person);
    if (after) addTitle(context, person, after[0], after[1], "title.apposition_after");
  }
}
