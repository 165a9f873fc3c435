// Finding name mentions: gazetteer phrases (trie walk over token norms), numbered outlets
// ("Channel 12"), then the capitalised runs that no gazetteer knows, typed by a NameTyper.
import { CAPITAL, numberOf, startsUpper, tokenNumbers, tokenShapes } from "../../text/vocabulary.ts";
import type { Token } from "../../types.ts";
import {
  type Candidate,
  type Context,
  countryOrgKey,
  cover,
  newCandidate,
  normKey,
  POSSESSIVE,
} from "./candidates.ts";
import { type GazetteerEntry, LEXICON, type TrieNode } from "./lexicon.ts";
import { hyphenBranchHead, type NameRun, type NameTyper, ruleTyper, type Typing } from "./typer.ts";

/** "Sara Kiel", "Michael Jordan": a one-word place right after an unlisted name word is the
 * surname of a person, left to the unlisted names. */
function isSurnameOfName(context: Context, entry: GazetteerEntry, start: number, end: number): boolean {
  if (entry.type !== "place" || entry.kind !== "name" || end - start !== 1 || start === 0) return false;
  const { tokens } = context;
  const before = start - 1;
  const previous = context.candidates.at(-1);
  if (previous && previous.tokenEnd > before) return false;
  return (
    tokens[before].sentence === tokens[start].sentence &&
    tokens[before].pos === "PROPN" &&
    tokens[before].end < tokens[start].start &&
    isNameToken(tokens, before) &&
    !LEXICON.titleWords.has(tokens[before].norm)
  );
}

/** Gazetteer matches, longest first, left to right, and numbered outlets; a match never crosses a
 * sentence. */
export function findGazetteerMentions(context: Context): void {
  const { tokens } = context;
  // read the model's word numbers and shape flags only: on most tokens this pass touches nothing
  // else (a token's object and string are slow to reach)
  const ids = tokenNumbers(tokens);
  const shapes = tokenShapes(tokens);
  for (let i = 0; i < tokens.length; ) {
    // every listed name opens with a capital or a particle ("al-Meyadeen")
    const capital = (shapes[i] & CAPITAL) !== 0;
    if (ids[i] === THE && tokens[i].text !== "THE") context.articles.push(i);
    else if (capital) context.capitals.push(i);
    const match = capital || opensParticleName(tokens, i, ids, shapes) ? longestMatch(tokens, i) : null;
    if (!match) {
      i += capital && addNumberedOutlet(context, i) ? 2 : 1;
      continue;
    }
    const { entry, end } = match;
    if (isSurnameOfName(context, entry, i, end)) {
      i = end;
      continue;
    }
    context.candidates.push(
      newCandidate({
        tokenStart: i,
        tokenEnd: end,
        type: entry.type,
        kind: entry.kind,
        subtype: entry.subtype,
        country: entry.country,
        key: entry.key,
        // a demonym keeps its country's name, for when it alone names the country
        canonical: entry.kind === "name" || entry.type === "place" ? entry.name : null,
        descriptions: entry.descriptions,
        rule: entry.rule,
        headline: context.headline[tokens[i].sentence] === 1,
      }),
    );
    cover(context, context.candidates.length - 1);
    i = end;
  }
}

const THE = numberOf("the");
const HYPHEN = numberOf("-");

/** "al-Meyadeen": a lower-case particle, a hyphen maybe, then a capital. Checked on the shape
 * flags first, since this runs on every lower-case token. */
function opensParticleName(tokens: Token[], i: number, ids: Int32Array, shapes: Uint8Array): boolean {
  if (i + 1 >= tokens.length) return false;
  const capitalAfter =
    (shapes[i + 1] & CAPITAL) !== 0 ||
    (ids[i + 1] === HYPHEN && i + 2 < tokens.length && (shapes[i + 2] & CAPITAL) !== 0);
  return capitalAfter && LEXICON.connectors.has(tokens[i].norm);
}

function longestMatch(tokens: Token[], start: number): { entry: GazetteerEntry; end: number } | null {
  const first = tokens[start];
  let node = LEXICON.trie.next.get(first.norm);
  let best: { entry: GazetteerEntry; end: number } | null = null;
  for (let t = start + 1; node; t++) {
    if (node.entry && writtenAsListed(node, tokens, start, t)) best = { entry: node.entry, end: t };
    if (t >= tokens.length || tokens[t].sentence !== first.sentence) break;
    node = node.next.get(tokens[t].norm);
  }
  return best;
}

/** Names must be written capitalised as listed ("Turkey", not "turkey"; "Gaza City", not "Gaza city"). */
function writtenAsListed(node: TrieNode, tokens: Token[], start: number, end: number): boolean {
  // an acronym is written in capitals: "RAND", not "Rand Paul"
  if (node.acronym && tokens[start].text !== tokens[start].text.toUpperCase()) return false;
  const capitalised = node.capitalised ?? [];
  for (let t = start; t < end; t++) if (capitalised[t - start] && !startsUpper(tokens[t].text)) return false;
  return true;
}

/** "Channel 12", "Radio 103": an outlet word followed by a number. True when one was added. */
function addNumberedOutlet(context: Context, i: number): boolean {
  const { tokens } = context;
  const word = tokens[i];
  const number = tokens[i + 1];
  if (!number || !LEXICON.numberedOutlets.has(word.norm) || number.sentence !== word.sentence) return false;
  if (!/^\d+$/.test(number.text)) return false;
  context.candidates.push(
    newCandidate({
      tokenStart: i,
      tokenEnd: i + 2,
      type: "organization",
      subtype: "media",
      key: `org:${word.norm} ${number.text}`,
      rule: "mention.numbered_outlet",
      headline: context.headline[word.sentence] === 1,
    }),
  );
  cover(context, context.candidates.length - 1);
  return true;
}

/** "the Sudanese army": a country's demonym and a force noun name that country's forces. They join
 * the listed military of that country when the article names it ("Israeli military" = IDF). */
export function findNationalForces(context: Context): void {
  const { tokens } = context;
  const listedForces = new Map<string, string>();
  for (const c of context.candidates)
    if (c.type === "organization" && c.subtype === "military" && c.country && c.kind === "name")
      listedForces.set(c.country, c.key);
  const found = context.candidates.length;
  for (let index = 0; index < found; index++) {
    const demonym = context.candidates[index];
    const possessed = countryForce(context, demonym, listedForces);
    if (possessed) {
      context.candidates.push(possessed);
      continue;
    }
    if (demonym.kind !== "demonym" || demonym.type !== "place" || !demonym.country) continue;
    const noun = tokens[demonym.tokenEnd];
    if (!noun || noun.sentence !== tokens[demonym.tokenStart].sentence || noun.text !== noun.norm) continue;
    if (!LEXICON.nationalForceNouns.has(noun.norm)) continue;
    context.candidates.push(
      forceCandidate(demonym, demonym.tokenEnd + 1, noun.norm, listedForces, "mention.national_force"),
    );
    cover(context, context.candidates.length - 1);
  }
}

/** "Sudan's army": a country's possessive and a force noun name the same force as "the Sudanese
 * army"; the country keeps its own mention (the candidate does not take its tokens). */
function countryForce(
  context: Context,
  owner: Candidate,
  listedForces: Map<string, string>,
): Candidate | null {
  const { tokens } = context;
  if (owner.kind !== "name" || owner.type !== "place" || owner.subtype !== "country" || !owner.country)
    return null;
  const noun = tokens[owner.tokenEnd + 1];
  if (!POSSESSIVE.has(tokens[owner.tokenEnd]?.norm ?? "") || !noun || noun.text !== noun.norm) return null;
  if (!LEXICON.nationalForceNouns.has(noun.norm) || noun.sentence !== tokens[owner.tokenStart].sentence)
    return null;
  return forceCandidate(owner, owner.tokenEnd + 2, noun.norm, listedForces, "mention.country_force");
}

/** A country's military named by its demonym or possessive and a force noun, keyed as the listed
 * force of that country when there is one. */
function forceCandidate(
  country: Candidate,
  tokenEnd: number,
  noun: string,
  listedForces: Map<string, string>,
  rule: string,
): Candidate {
  const code = country.country ?? "";
  return newCandidate({
    tokenStart: country.tokenStart,
    tokenEnd,
    type: "organization",
    subtype: "military",
    country: code,
    key: listedForces.get(code) ?? `org:${code.toLowerCase()} ${noun}`,
    rule,
    headline: country.headline,
    affiliationKey: country.key,
  });
}

/** Capitalised runs not covered by a gazetteer match, typed by `typer`. */
export function findUnlistedNames(context: Context, typer: NameTyper = ruleTyper): void {
  const { tokens, coverage } = context;
  let after = 0; // the end of the last run: capitals inside it are taken
  for (const i of context.capitals) {
    if (i < after || coverage[i] >= 0 || !isNameToken(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && coverage[end] < 0 && continuesName(tokens, end)) end++;
    while (end > i + 1 && (LEXICON.connectors.has(tokens[end - 1].norm) || tokens[end - 1].text === "-"))
      end--;
    end = coordinatedOrganizationEnd(context, i, organizationChainEnd(context, end));
    addRun(context, typer, i, end);
    after = end;
  }
}

/** "Justice and Equality Movement", "Ministry of Agriculture and Rural Development": two capitalised
 * runs joined by "and" are one organization when the second ends on an organization head or the
 * first opens with "<head> of". Returns the longer end, or `end` unchanged. */
function coordinatedOrganizationEnd(context: Context, start: number, end: number): number {
  const { tokens, coverage } = context;
  const and = tokens[end];
  if (!and || (and.norm !== "and" && and.norm !== "&") || and.sentence !== tokens[start].sentence) return end;
  let t = end + 1;
  if (t >= tokens.length || coverage[t] >= 0 || !startsUpper(tokens[t].text)) return end;
  while (t < tokens.length && coverage[t] < 0 && continuesName(tokens, t)) t++;
  while (t > end + 2 && LEXICON.connectors.has(tokens[t - 1].norm)) t--;
  const headLast = LEXICON.orgHeads.has(tokens[t - 1].norm);
  const headOfFirst = LEXICON.orgHeads.has(tokens[start].norm) && tokens[start + 1]?.norm === "of";
  return headLast || headOfFirst ? t : end;
}

/** "Tigray People's Liberation Front", "Myanmar National Democratic Alliance Army": a run that
 * continues through a collective possessive or a listed demonym or member word and ends on an
 * organization head is one organization name. Returns the longer end, or `end` unchanged. */
function organizationChainEnd(context: Context, end: number): number {
  const { tokens, coverage } = context;
  let t = end;
  let crossed = false;
  while (t + 1 < tokens.length && tokens[t].sentence === tokens[end - 1].sentence) {
    const listed = coverage[t] >= 0 ? context.candidates[coverage[t]] : null;
    if (POSSESSIVE.has(tokens[t].norm) && LEXICON.possessiveNameWords.has(tokens[t - 1].norm)) t++;
    else if (listed?.kind === "demonym" && listed.tokenStart === t) t = listed.tokenEnd;
    // "Democratic Front of the Philippines": a listed place after the connector of a head
    else if (
      listed?.type === "place" &&
      listed.tokenStart === t &&
      LEXICON.connectors.has(tokens[t - 1].norm)
    )
      t = listed.tokenEnd;
    else break;
    crossed = true;
    while (t < tokens.length && coverage[t] < 0 && continuesName(tokens, t)) t++;
  }
  if (!crossed || t === end || !startsUpper(tokens[t - 1].text)) return end;
  const head =
    LEXICON.orgHeads.has(tokens[t - 1].norm) ||
    LEXICON.orgHeads.has(tokens[headBeforeOf(tokens, end, t)].norm);
  return head || hyphenBranchHead(tokens, end, t) !== null ? t : end;
}

/** "Democratic Front of Lanao": the word before the first "of"/"for" ends the name's head; the last
 * word when there is none. */
function headBeforeOf(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) if (LEXICON.phraseConnectors.has(tokens[k].norm)) return k - 1;
  return end - 1;
}

function addRun(context: Context, typer: NameTyper, start: number, end: number): void {
  const { tokens } = context;
  // a month opening a run or standing by a number is a date ("October 7"), not a name
  while (start < end && LEXICON.months.has(tokens[start].norm)) start++;
  if (start >= end) return;
  const run: NameRun = { tokenStart: start, tokenEnd: end };
  const typing = typer.type(run, context);
  if (!typing) return;
  // a head word that pulled in a listed place or demonym ("Gaza Health Ministry") takes it as affiliation
  const absorbed = typing.tokenStart < start ? context.coverage[typing.tokenStart] : -1;
  context.candidates.push(
    newCandidate({
      tokenStart: typing.tokenStart,
      tokenEnd: typing.tokenEnd,
      type: typing.type,
      subtype: typing.subtype,
      key: typing.key,
      rule: typing.rule,
      headline: context.headline[tokens[start].sentence] === 1,
      canonical: typing.canonical ?? null,
      affiliationKey: affiliationKey(context, typing, absorbed),
      sentenceInitial: isSentenceStart(tokens, typing.tokenStart),
      weakFirst:
        typing.tokenEnd - typing.tokenStart > 1 &&
        isSentenceStart(tokens, typing.tokenStart) &&
        tokens[typing.tokenStart].pos !== "PROPN",
    }),
  );
  cover(context, context.candidates.length - 1);
}

/** The key of the listed name a typed run pulled in ("Gaza Health Ministry") or belongs to. */
function affiliationKey(context: Context, typing: Typing, absorbed: number): string | null {
  if (typing.type === "person") return null;
  const index = absorbed >= 0 ? absorbed : (typing.affiliation ?? -1);
  return index >= 0 ? context.candidates[index].key : null;
}

/** "Netanyahu’s office": a person's possessive and an office noun name an organization. */
export function findPossessiveOffices(context: Context): void {
  const { tokens } = context;
  const found: Candidate[] = [];
  for (const owner of context.candidates) {
    const apostrophe = owner.tokenEnd;
    const ministry = countryMinistry(context, owner);
    if (ministry) {
      found.push(ministry);
      continue;
    }
    if (owner.kind !== "name" || (owner.type !== "person" && owner.rule !== "mention.single_name")) continue;
    if (apostrophe + 1 >= tokens.length || !POSSESSIVE.has(tokens[apostrophe].norm)) continue;
    const noun = tokens[apostrophe + 1];
    if (!LEXICON.possessiveOrgs.has(noun.text) || noun.sentence !== tokens[apostrophe].sentence) continue;
    found.push(
      newCandidate({
        tokenStart: owner.tokenStart,
        tokenEnd: apostrophe + 2,
        type: "organization",
        subtype: "government",
        key: `org:${normKey(tokens, owner.tokenStart, owner.tokenEnd)}'s ${noun.norm}`,
        rule: "mention.possessive_office",
        headline: owner.headline,
        affiliationKey: owner.key,
      }),
    );
  }
  // not put in `coverage`: the owner's own mention stays the name mention of its tokens
  context.candidates.push(...found);
}

/** "China's foreign ministry": a country's possessive and a lower-case ministry name one body,
 * the same as "China's Foreign Ministry" (one key per country and ministry). */
function countryMinistry(context: Context, owner: Candidate): Candidate | null {
  const { tokens } = context;
  const apostrophe = owner.tokenEnd;
  if (owner.kind !== "name" || owner.type !== "place" || owner.subtype !== "country" || !owner.country)
    return null;
  if (!POSSESSIVE.has(tokens[apostrophe]?.norm ?? "")) return null;
  const modifier = tokens[apostrophe + 1];
  const head = tokens[apostrophe + 2];
  if (!modifier || !head || head.norm !== "ministry" || head.text !== head.norm) return null;
  if (modifier.text !== modifier.norm || (modifier.pos !== "ADJ" && modifier.pos !== "NOUN")) return null;
  if (head.sentence !== tokens[apostrophe].sentence) return null;
  return newCandidate({
    tokenStart: owner.tokenStart,
    tokenEnd: apostrophe + 3,
    type: "organization",
    subtype: "government",
    key: countryOrgKey(owner.country, `${modifier.norm} ministry`),
    rule: "mention.country_ministry",
    headline: owner.headline,
    affiliationKey: owner.key,
  });
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence) return true;
  const previous = tokens[i - 1].norm;
  return previous === '"' || previous === "'" || previous === ":" || previous === "(" || previous === "-";
}

/** A token that may open a name: capitalised, not a known non-name, and a proper noun when the
 * capital may only be the sentence's. */
function isNameToken(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!startsUpper(token.text) || LEXICON.nonNames.has(token.norm)) return false;
  if (token.pos === "PROPN" || !isSentenceStart(tokens, i)) return true;
  // "Ted Cruz said": the tagger may miss a first name that opens a sentence, not one before a name
  const next = tokens[i + 1];
  return (
    SENTENCE_INITIAL_NAME_TAGS.has(token.pos) &&
    !!next &&
    next.sentence === token.sentence &&
    next.pos === "PROPN" &&
    startsUpper(next.text) &&
    !LEXICON.nonNames.has(next.norm)
  );
}

const SENTENCE_INITIAL_NAME_TAGS = new Set(["VERB", "NOUN", "ADJ"]);

function continuesName(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token.sentence !== tokens[i - 1].sentence) return false;
  if (startsUpper(token.text)) return !LEXICON.nonNames.has(token.norm);
  // "al-Meyadeen", "Deir al-Balah": a hyphen glued to both neighbours
  if (token.text === "-")
    return token.start === tokens[i - 1].end && i + 1 < tokens.length && tokens[i + 1].start === token.end;
  // "Ban Ki-moon": a lower-case word glued after a hyphen, unless it is a compound ("Trump-backed")
  if (
    tokens[i - 1].text === "-" &&
    tokens[i - 1].end === token.start &&
    i >= 2 &&
    startsUpper(tokens[i - 2].text)
  )
    return !LEXICON.compoundSuffixes.has(token.norm);
  // "Institute for the Study of War": connectors may follow one another; trailing ones are trimmed
  // "Gabala on June 18": a connector before a month ends the name
  return (
    LEXICON.connectors.has(token.text) &&
    i + 1 < tokens.length &&
    tokens[i + 1].sentence === token.sentence &&
    !LEXICON.months.has(tokens[i + 1].norm)
  );
}
