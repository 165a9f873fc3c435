// Typing the capitalised runs that no gazetteer lists. The typer sits behind a small interface so
// a trained model can replace the rules; the rules look at title words before the run, the run's
// head word ("… Ministry", "… Corridor") and its shape (two or more proper words: a person).
import type { EntityType } from "../../layers.ts";
import { startsUpper } from "../../text/vocabulary.ts";
import type { Token } from "../../types.ts";
import { type Context, countryOrgKey, isAllCaps, normKey, POSSESSIVE } from "./candidates.ts";
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
  /** The name to show when the mention's own words lack part of it ("Armenia's Defence Ministry"). */
  canonical?: string;
  /** Candidate index of a listed name the thing belongs to (the country of a possessive). */
  affiliation?: number;
}

export interface NameTyper {
  /** Types a run, or returns null when it is not a name at all. */
  type(run: NameRun, context: Context): Typing | null;
}

const PERSON_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const DOT = 46;
const HYPHEN = 45;

/** A capitalised word of letters, apostrophes, dots and hyphens ("O'Brien", "J.", "Ki-moon"). */
function isPersonWord(text: string): boolean {
  if (!startsUpper(text)) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 && code !== CURLY_APOSTROPHE) return PERSON_WORD.test(text);
    const letter = (code | 32) >= 97 && (code | 32) <= 122;
    if (!letter && code !== APOSTROPHE && code !== CURLY_APOSTROPHE && code !== DOT && code !== HYPHEN)
      return false;
  }
  return true;
}
const MAX_PERSON_TOKENS = 5;
const MAX_ACRONYM_LENGTH = 5;
// wink tags some surnames as verbs or nouns; pronouns, articles and auxiliaries are never in names
const NOT_IN_NAMES = new Set(["PRON", "AUX", "DET", "SCONJ", "CCONJ"]);

function isTitleWord(norm: string): boolean {
  return (
    LEXICON.titleHeads.has(norm) ||
    LEXICON.titleWords.has(norm) ||
    LEXICON.honorifics.has(norm) ||
    LEXICON.premodifiers.has(norm)
  );
}

/** Length of the multi-word title opening at `start` ("Secretary of State"), or 0. */
function titlePhraseLength(context: Context, start: number, end: number): number {
  const phrases = LEXICON.titlePhrases.get(context.tokens[start].norm);
  if (!phrases) return 0;
  for (const words of phrases) {
    if (start + words.length > end) continue;
    if (words.every((w, i) => context.tokens[start + i].norm === w)) return words.length;
  }
  return 0;
}

function isSingleTitleWord(norm: string): boolean {
  return LEXICON.titleHeads.has(norm) || LEXICON.honorifics.has(norm) || LEXICON.premodifiers.has(norm);
}

/** Index of the first token after leading title words ("Prime Minister", "Gen.", "former"). */
function skipTitleWords(context: Context, run: NameRun): number {
  let start = run.tokenStart;
  while (start < run.tokenEnd) {
    const phrase = titlePhraseLength(context, start, run.tokenEnd);
    if (phrase > 0) start += phrase;
    else if (
      isSingleTitleWord(context.tokens[start].norm) ||
      // a capitalised particle opens a name ("Abu Shouk"), a lower-case one is a title's ("of")
      (LEXICON.connectors.has(context.tokens[start].norm) && !startsUpper(context.tokens[start].text)) ||
      context.tokens[start].text === "-"
    )
      start++;
    else break;
  }
  return afterInnerTitle(context, start, run.tokenEnd);
}

/** "Homeland Security Secretary Jeh Johnson": institution words, a title head, then a person's
 * name; the name starts after the head. */
function afterInnerTitle(context: Context, start: number, end: number): number {
  for (let h = end - 2; h > start; h--) {
    if (!LEXICON.titleHeads.has(context.tokens[h].norm)) continue;
    const name = h + 1;
    return end - name >= 2 && looksLikePerson(context, name, end) && hasNonPersonWord(context, start, h)
      ? name
      : start;
  }
  return start;
}

/** True when a title or honorific stands right before the name ("Mossad chief David Barnea"); a
 * weak head ("fellow") does not make a single word a person. */
function titledBefore(context: Context, run: NameRun, nameStart: number, single: boolean): boolean {
  const t = nameStart > run.tokenStart ? nameStart - 1 : run.tokenStart - 1;
  const previous = context.tokens[t];
  if (!previous || previous.sentence !== context.tokens[nameStart].sentence) return false;
  if (single && LEXICON.weakHeads.has(previous.norm)) return false;
  return isTitleWord(previous.norm);
}

/** The gazetteer place, demonym or organization right before `start`, if one ends there. */
function adjacentListed(context: Context, start: number): number {
  const index = start > 0 ? context.coverage[start - 1] : -1;
  if (index < 0) return -1;
  const candidate = context.candidates[index];
  const glued = context.tokens[start - 1].sentence === context.tokens[start].sentence;
  return glued && candidate.kind !== "title" && candidate.type !== "person" ? index : -1;
}

/** Proper words only: no all-capitals, no pronoun, verb or article ("My Experience"). */
function looksLikePerson(context: Context, start: number, end: number): boolean {
  if (end - start > MAX_PERSON_TOKENS || hasPhraseConnector(context, start, end)) return false;
  for (let t = start; t < end; t++) {
    const token = context.tokens[t];
    if (LEXICON.connectors.has(token.norm) || token.text === "-") continue;
    if (LEXICON.nonPersonWords.has(token.norm) && !titledAfter(context, t, end)) return false;
    const initial = token.text.length === 2 && token.text[1] === "."; // "Donald J. Trump"
    if (!isPersonWord(token.text) || (isAllCaps(token.text) && !initial)) return false;
    if (token.text.length === 1) return false; // "R-Tenn.": an initial keeps its dot ("J.")
    if (NOT_IN_NAMES.has(token.pos)) return false;
  }
  return true;
}

const TITLE_WORD = /\p{L}[\p{L}'’-]*/gu;

/** “The Hostage Diplomats”, “Lessons from the Peace Table”: a quotation whose words are all
 * capitalised but the small ones is the title of a work, and the names in it are no people. */
function inQuotedTitle(context: Context, start: number, end: number): boolean {
  const from = context.tokens[start].start;
  const to = context.tokens[end - 1].end;
  const quote = context.model.quotes.find((q) => q.inner.start <= from && to <= q.inner.end);
  if (!quote || quote.unclosed || isNickname(context, quote.open, quote.close)) return false;
  const words = (quote.inner.text.match(TITLE_WORD) ?? []).filter(
    (w) => !LEXICON.titleSmallWords.has(w.toLowerCase()),
  );
  return words.length >= 2 && words.every((w) => startsUpper(w));
}

/** Jimmy "Ti Lwa" Orélus: a quotation between two parts of a name is a nickname. */
function isNickname(context: Context, open: number, close: number): boolean {
  const text = context.model.text;
  const before = /\p{Lu}\p{L}*\s$/u.test(text.slice(Math.max(0, open - 30), open));
  const after = /^\s\p{Lu}/u.test(text.slice(close, close + 2));
  return before && after;
}

/** A name with a word of institutions and no title or honorific ("City Council Speaker X" is a
 * titled person, its institution words the title's). */
function hasNonPersonWord(context: Context, start: number, end: number): boolean {
  let institution = false;
  for (let t = start; t < end; t++) {
    const norm = context.tokens[t].norm;
    // "UMWA Director of Government Affairs Phil Smith", "Support for Mr. Trump": a person's
    if (LEXICON.titleHeads.has(norm) || LEXICON.honorifics.has(norm)) return false;
    if (LEXICON.nonPersonWords.has(norm)) institution = true;
  }
  return institution;
}

/** A title's head ("speaker", "secretary") comes after token t within the run. */
function titledAfter(context: Context, t: number, end: number): boolean {
  for (let k = t + 1; k < end; k++) if (LEXICON.titleHeads.has(context.tokens[k].norm)) return true;
  return false;
}

/** Returned by headTyping for a lone head word: the run is no name at all. */
const NOT_A_NAME: Typing = { tokenStart: 0, tokenEnd: 0, type: "other", subtype: null, key: "", rule: "" };

/** The head of a name: its last word, or the word before its first "of/for/on" ("School of Design"),
 * or a head before a hyphenated branch ("Liberation Movement-North"). */
function headIndex(context: Context, start: number, end: number): number {
  for (let t = start + 1; t < end; t++)
    if (LEXICON.phraseConnectors.has(context.tokens[t].norm)) return t - 1;
  return hyphenBranchHead(context.tokens, start, end) ?? end - 1;
}

/** "Movement-North": the head word glued to a hyphen and a last word, when it is an organization
 * head and the branch is a name; null otherwise. */
export function hyphenBranchHead(tokens: Token[], start: number, end: number): number | null {
  const head = end - 3;
  if (head < start || tokens[end - 2].text !== "-" || !LEXICON.orgHeads.has(tokens[head].norm)) return null;
  if (!startsUpper(tokens[end - 1].text)) return null; // "Ivy League-trained" is a modifier
  return tokens[head].end === tokens[end - 2].start && tokens[end - 2].end === tokens[end - 1].start
    ? head
    : null;
}

function hasPhraseConnector(context: Context, start: number, end: number): boolean {
  return headIndex(context, start, end) !== end - 1;
}

function headTyping(context: Context, start: number, end: number): Typing | null {
  const head = context.tokens[headIndex(context, start, end)].norm;
  const opener = end - start > 1 ? LEXICON.orgOpeners.get(context.tokens[start].norm) : undefined;
  const orgSubtype = LEXICON.orgHeads.get(head) ?? opener;
  const isPlace =
    LEXICON.placeHeads.has(head) ||
    (end - start > 1 && LEXICON.placePrefixes.has(context.tokens[start].norm));
  if (orgSubtype === undefined && !isPlace) return null;
  const listed = adjacentListed(context, start);
  const owner =
    !isPlace && orgSubtype === "government" && listed < 0 ? possessiveCountry(context, start) : -1;
  // a head word alone ("Ministry") needs a name before it: a listed one or a word of its own
  if (end - start < 2 && listed < 0 && owner < 0) return NOT_A_NAME;
  const from = listed >= 0 ? context.candidates[listed].tokenStart : start;
  const type: EntityType = isPlace ? "place" : "organization";
  // "Russia's Defense Ministry" = "the Russian Defense Ministry": one key per country
  const countryOf = listed >= 0 ? listed : owner;
  const country = countryOf >= 0 && !isPlace ? context.candidates[countryOf].country : null;
  const key = country
    ? countryOrgKey(country, normKey(context.tokens, start, end))
    : `${isPlace ? "place" : "org"}:${normKey(context.tokens, from, end)}`;
  // "Armenia's Defence Ministry": the country keeps its own mention; the ministry is named with
  // it and affiliated to it
  const possessed =
    owner >= 0
      ? {
          canonical: context.model.text.slice(
            context.tokens[context.candidates[owner].tokenStart].start,
            context.tokens[end - 1].end,
          ),
          affiliation: owner,
        }
      : {};
  return {
    tokenStart: from,
    tokenEnd: end,
    type,
    subtype: orgSubtype ?? null,
    key,
    rule: `mention.${type}_head`,
    ...possessed,
  };
}

/** "Armenia's Defence Ministry": the listed country whose possessive stands right before `start`,
 * or -1. */
function possessiveCountry(context: Context, start: number): number {
  const apostrophe = context.tokens[start - 1];
  if (start < 2 || !POSSESSIVE.has(apostrophe.norm)) return -1;
  const index = context.coverage[start - 2];
  const owner = index >= 0 ? context.candidates[index] : null;
  const sameSentence = apostrophe.sentence === context.tokens[start].sentence;
  return owner?.kind === "name" && owner.type === "place" && owner.subtype === "country" && sameSentence
    ? index
    : -1;
}

const FIRST_NAME_PLACES = new Set(["country", "city", "state"]);

/** "Israel Katz", "Jordan Bardella": a one-word place name right before a surname-like word is a
 * first name. Returns the place's first token, or -1. */
function placeAsFirstName(context: Context, start: number): number {
  const listed = adjacentListed(context, start);
  if (listed < 0) return -1;
  const place = context.candidates[listed];
  if (
    place.kind !== "name" ||
    place.tokenEnd - place.tokenStart !== 1 ||
    !FIRST_NAME_PLACES.has(place.subtype ?? "")
  )
    return -1;
  if (context.tokens[start].pos !== "PROPN" || context.tokens[start].text.endsWith("s")) return -1;
  if (context.tokens[place.tokenStart].text.includes(".")) return -1; // "U.S." is no first name
  const before = context.tokens[place.tokenStart - 1];
  const opensRun = !before || before.sentence !== context.tokens[start].sentence || !startsUpper(before.text);
  return opensRun ? place.tokenStart : -1;
}

/** "Barisan Revolusi Nasional (BRN)": a name that its own initials follow in parentheses is an
 * organization's. A person's party ("Maria Lopez (EPR)") has other letters; a listed name in the
 * parentheses ("(AP)") is a credit, and "(R-Ky.)" or "(D)" are no acronyms. */
function definesAcronym(context: Context, start: number, end: number): boolean {
  const { tokens } = context;
  const acronym = tokens[end + 1];
  if (tokens[end]?.text !== "(" || tokens[end + 2]?.text !== ")" || !acronym) return false;
  if (tokens[end].sentence !== tokens[end - 1].sentence || context.coverage[end + 1] >= 0) return false;
  return ACRONYM.test(acronym.text) && spellsInitials(tokens, start, end, acronym.text.toLowerCase());
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The acronym's letters, in order, are initials of the name's words, starting with the first
 * ("Jama'at Nusrat al-Islam wal-Muslimin": JNIM). */
function spellsInitials(tokens: readonly Token[], start: number, end: number, acronym: string): boolean {
  if (tokens[start].norm[0] !== acronym[0]) return false;
  let next = 1;
  for (let t = start + 1; t < end && next < acronym.length; t++)
    if (tokens[t].norm[0] === acronym[next]) next++;
  return next === acronym.length;
}

/** An organization of no known subtype. */
function organization(tokenStart: number, tokenEnd: number, key: string, rule: string): Typing {
  return { tokenStart, tokenEnd, type: "organization", subtype: null, key: `org:${key}`, rule };
}

/** A person, or a name of no known type, without subtype; its key says which. */
function untyped(
  type: "person" | "other",
  tokenStart: number,
  tokenEnd: number,
  key: string,
  rule: string,
): Typing {
  return {
    tokenStart,
    tokenEnd,
    type,
    subtype: null,
    key: `${type === "person" ? "person" : "name"}:${key}`,
    rule,
  };
}

export const ruleTyper: NameTyper = {
  type(run, context) {
    const start = skipTitleWords(context, run);
    const end = run.tokenEnd;
    if (start >= end) return null;
    // "General Staff": title words that an organization head ends are the organization's name
    const whole = start > run.tokenStart ? headTyping(context, run.tokenStart, end) : null;
    if (whole && whole !== NOT_A_NAME && whole.type === "organization") return whole;
    const byHead = headTyping(context, start, end);
    if (byHead === NOT_A_NAME) return null;
    if (byHead) return byHead;
    const single = end - start === 1;
    const last = context.tokens[end - 1];
    if (single && LEXICON.loneNonNames.has(last.norm)) return null;
    if (!single && LEXICON.otherHeads.has(context.tokens[headIndex(context, start, end)].norm))
      return untyped("other", start, end, normKey(context.tokens, start, end), "mention.other_head");
    if (
      single &&
      start > 0 &&
      context.tokens[start - 1].norm === "the" &&
      LEXICON.descriptionNouns.has(context.tokens[start].norm)
    )
      return null; // "the Strip": a description, resolved later
    const key = normKey(context.tokens, start, end);
    const person = looksLikePerson(context, start, end) && !inQuotedTitle(context, start, end);
    if (person && titledBefore(context, run, start, single))
      return untyped("person", start, end, key, "mention.person.titled");
    const firstName = end - start <= 2 && person ? placeAsFirstName(context, start) : -1;
    if (firstName >= 0)
      return untyped(
        "person",
        firstName,
        end,
        normKey(context.tokens, firstName, end),
        "mention.person.place_word_first_name",
      );
    if (end - start >= 2 && definesAcronym(context, start, end))
      return organization(start, end, key, "mention.organization.acronym_defined");
    if (person && end - start >= 2) return untyped("person", start, end, key, "mention.person.full_name");
    // "Maji Safi Relief", "Global Affairs": a name with a word of institutions is an organization's
    if (end - start >= 2 && hasNonPersonWord(context, start, end) && !inQuotedTitle(context, start, end))
      return organization(start, end, key, "mention.organization_word");
    const shouted = single && isAllCaps(last.text);
    // a long word in capitals is emphasis or a headline, not an acronym
    if (shouted && last.text.replace(/\./g, "").length > MAX_ACRONYM_LENGTH) return null;
    if (shouted) return untyped("other", start, end, key, "mention.acronym");
    return untyped("other", start, end, key, single ? "mention.single_name" : "mention.unlisted_name");
  },
};
