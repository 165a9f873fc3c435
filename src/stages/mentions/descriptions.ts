// Definite descriptions that refer back to a named thing: "the spy agency" → the latest
// intelligence agency named before it, "the Palestinian group" → the latest Palestinian group,
// "the Strip" → the Gaza Strip. And role descriptions without a name ("the former Mossad
// operative", a headline's "Israel’s espionage head") linked to the one person whose titles share
// most of their words. A description never creates an entity: with no referent it stays unlinked.
import type { Token } from "../../types.ts";
import { type Candidate, type Context, POSSESSIVE } from "./candidates.ts";
import { isCompoundModifier, LEXICON } from "./lexicon.ts";
import type { Group } from "./merge.ts";
import { isRoleWord } from "./titles.ts";

export interface Description {
  tokenStart: number;
  tokenEnd: number;
  group: Group;
  /** desc.* for a thing, title.role_description for a person's role. */
  rule: string;
}

const NOUN_TAGS = new Set(["NOUN", "PROPN"]);
const MAX_MODIFIERS = 4;
const MIN_SHARED_ROLE_WORDS = 2;
const IGNORED_ROLE_WORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "for",
  "at",
  "on",
  "in",
  "'s",
  "’s",
  "'",
  "’",
  "-",
]);

function isHeadPosition(tokens: Token[], t: number): boolean {
  const next = tokens[t + 1];
  if (!next || next.sentence !== tokens[t].sentence) return true;
  return POSSESSIVE.has(next.norm) || !NOUN_TAGS.has(next.pos);
}

/** Latest group named before token `before` that the description can refer to. */
function referent(groups: Group[], before: number, fits: (g: Group) => boolean): Group | null {
  let best: Group | null = null;
  let bestAt = -1;
  for (const group of groups) {
    if (!fits(group)) continue;
    for (const m of group.members) {
      if (m.kind === "name" && m.tokenStart < before && m.tokenStart > bestAt) {
        best = group;
        bestAt = m.tokenStart;
      }
    }
  }
  return best;
}

function fitsDescription(group: Group, head: string, country: string | null): boolean {
  if (country && group.country !== country) return false;
  if (group.type === "place" && group.descriptions.includes(head)) return true;
  const subtypes = LEXICON.descriptionHeads.get(head);
  if (!subtypes) return false;
  // "the Barisan Revolusi Nasional (BRN) … the group": an organization of no known kind fits a
  // generic head
  if (group.subtype === null) return group.type === "organization" && GENERIC_HEADS.has(head);
  return subtypes.includes(group.subtype);
}

const GENERIC_HEADS = new Set(["group", "organization", "organisation", "movement"]);

/** "the" + modifiers + head noun, referring back to an organization or place. */
export function findDescriptions(context: Context, groups: Group[]): Description[] {
  const { tokens } = context;
  const found: Description[] = [];
  for (const i of context.articles) {
    if (context.coverage[i] >= 0) continue;
    let country: string | null = null;
    let t = i + 1;
    for (; t < tokens.length && t - i <= MAX_MODIFIERS && tokens[t].sentence === tokens[i].sentence; t++) {
      const covering = context.coverage[t];
      const candidate = covering >= 0 ? context.candidates[covering] : null;
      if (candidate && candidate.kind === "demonym") country = candidate.country;
      else if (candidate && isNameCompound(tokens, candidate.tokenEnd)) t = candidate.tokenEnd + 1;
      else if (candidate || !isModifier(tokens[t].norm)) break;
    }
    if (t >= tokens.length || context.coverage[t] >= 0 || !LEXICON.descriptionNouns.has(tokens[t].norm))
      continue;
    if (!isHeadPosition(tokens, t)) continue;
    const head = tokens[t].norm;
    const group =
      referent(groups, i, (g) => fitsDescription(g, head, country)) ??
      demonymCountry(context, groups, i, head);
    if (group) found.push({ tokenStart: i, tokenEnd: t + 1, group, rule: `desc.${head}` });
  }
  return found;
}

/** "A Saudi official said the kingdom had offered …": a country known only by its demonym is
 * the referent of a state noun its name has; the demonyms become its mentions. */
function demonymCountry(context: Context, groups: Group[], before: number, head: string): Group | null {
  let demonym: Candidate | null = null;
  for (let t = before - 1; t >= 0 && !demonym; t--) {
    const covering = context.coverage[t];
    const c = covering >= 0 ? context.candidates[covering] : null;
    if (c?.kind === "demonym" && c.type === "place" && c.descriptions.includes(head)) demonym = c;
  }
  if (!demonym) return null;
  const key = demonym.key;
  const existing = groups.find((g) => g.key === key);
  if (existing) return existing;
  const group: Group = {
    key,
    type: "place",
    subtype: demonym.subtype,
    country: demonym.country,
    canonical: demonym.canonical,
    descriptions: demonym.descriptions,
    members: context.candidates.filter((c) => c.key === key && c.kind === "demonym" && !c.headline),
  };
  groups.push(group);
  return group;
}

/** "Iran-backed", "London-based": a name, a hyphen and a compound word after it. */
function isNameCompound(tokens: Token[], hyphen: number): boolean {
  return (
    tokens[hyphen]?.text === "-" &&
    !!tokens[hyphen + 1] &&
    LEXICON.compoundSuffixes.has(tokens[hyphen + 1].norm)
  );
}

function isModifier(norm: string): boolean {
  return LEXICON.descriptionModifiers.has(norm) || isCompoundModifier(norm);
}

/** Role words of a token range, folded through the synonym groups. */
function roleWords(tokens: Token[], start: number, end: number): Set<string> {
  const words = new Set<string>();
  for (let t = start; t < end; t++) {
    const norm = tokens[t].norm;
    if (!IGNORED_ROLE_WORDS.has(norm)) words.add(LEXICON.roleSynonyms.get(norm) ?? norm);
  }
  return words;
}

function personRoleWords(tokens: Token[], group: Group): Set<string> {
  const words = new Set<string>();
  for (const m of group.members)
    for (const title of m.titles)
      for (const w of roleWords(tokens, title.tokenStart, title.tokenEnd)) words.add(w);
  return words;
}

/** End of a role phrase starting at `start` ("former Mossad operative"), or -1. It must hold a
 * listed name (the anchor that makes it specific) and end on a role word that heads it. */
function rolePhraseEnd(context: Context, start: number, titled: Uint8Array): number {
  const { tokens } = context;
  let anchored = false;
  for (
    let t = start;
    t < tokens.length && t - start <= MAX_MODIFIERS + 2 && tokens[t].sentence === tokens[start].sentence;
    t++
  ) {
    if (titled[t]) return -1;
    const covering = context.coverage[t];
    if (covering >= 0) {
      if (context.candidates[covering].type === "person") return -1;
      anchored = true;
      continue;
    }
    const norm = tokens[t].norm;
    if (isRoleWord(norm) && isHeadPosition(tokens, t)) return anchored ? t + 1 : -1;
    const word =
      LEXICON.premodifiers.has(norm) ||
      POSSESSIVE.has(norm) ||
      tokens[t].pos === "NOUN" ||
      tokens[t].pos === "ADJ";
    if (!word) return -1;
  }
  return -1;
}

function bestPerson(
  context: Context,
  persons: Map<Group, Set<string>>,
  start: number,
  end: number,
  before: number,
): Group | null {
  const wanted = roleWords(context.tokens, start, end);
  let best: Group | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [person, words] of persons) {
    if (!person.members.some((m) => m.kind === "name" && m.tokenStart < before)) continue;
    let score = 0;
    for (const w of words) if (wanted.has(w)) score++;
    if (score > bestScore) [best, bestScore, tie] = [person, score, false];
    else if (score === bestScore) tie = true;
  }
  return bestScore >= MIN_SHARED_ROLE_WORDS && !tie ? best : null;
}

function opensClause(tokens: Token[], i: number): boolean {
  return (
    i === 0 ||
    tokens[i - 1].sentence !== tokens[i].sentence ||
    tokens[i - 1].text === "," ||
    tokens[i - 1].text === ":"
  );
}

/** Role phrases without a name: after "the" in the body, or opening a headline. */
export function findRoleDescriptions(context: Context, groups: Group[], titled: Uint8Array): Description[] {
  const { tokens } = context;
  const found: Description[] = [];
  const persons = new Map<Group, Set<string>>();
  for (const g of groups) {
    const words = g.type === "person" ? personRoleWords(tokens, g) : null;
    if (words && words.size >= MIN_SHARED_ROLE_WORDS) persons.set(g, words);
  }
  // only a person with titles can be the referent of a role without a name
  if (persons.size === 0) return found;
  const bodyEnd = tokens.length;
  const consider = (start: number, before: number) => {
    const end = start < tokens.length ? rolePhraseEnd(context, start, titled) : -1;
    const person = end < 0 ? null : bestPerson(context, persons, start, end, before);
    if (person)
      found.push({ tokenStart: start, tokenEnd: end, group: person, rule: "title.role_description" });
  };
  for (const sentence of context.model.sentences) {
    if (context.headline[tokens[sentence.tokenStart].sentence] !== 1) continue;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++)
      if (opensClause(tokens, i)) consider(i, bodyEnd);
  }
  for (const i of context.articles) consider(i + 1, i);
  return found;
}
