// Typing unknown names by the words around them, once mentions are grouped: "the town of Tame",
// "the Abu Shouk camp", "the FDLR militia", "state oil company Ecopetrol", "near Sake", a known
// small town. A group a person's title or an unambiguous person shape typed keeps its type unless
// every mention of it reads as a place or organization.
import type { EntityType } from "../../layers.ts";
import { type Candidate, type Context, POSSESSIVE } from "./candidates.ts";
import { LEXICON } from "./lexicon.ts";
import type { Group } from "./merge.ts";

interface ContextTyping {
  type: EntityType;
  subtype: string | null;
  rule: string;
  /** A classifier noun says so ("the town of X"); a preposition or a town list only hints. */
  strong: boolean;
  /** The text defines the name ("the town of X", "X, a town in"): one such mention is enough. */
  defining?: boolean;
}

const COORDINATORS = new Set(["and", "or"]);

function lowerNorm(context: Context, t: number, sentence: number): string | null {
  const token = context.tokens[t];
  if (!token || token.sentence !== sentence || token.text !== token.norm) return null;
  return token.norm;
}

/** "the X camp", "the X militia": a classifier noun right after the name. */
function nounAfter(context: Context, c: Candidate, sentence: number): ContextTyping | null {
  const noun = lowerNorm(context, c.tokenEnd, sentence);
  if (noun === null) return null;
  // "a BET town hall": the place noun modifies another one
  if (LEXICON.contextPlaceNouns.has(noun) && context.tokens[c.tokenEnd + 1]?.pos !== "NOUN")
    return { type: "place", subtype: null, rule: "mention.context.place_noun_after", strong: true };
  // "the Bernama news agency": a classifier may follow "news"
  const classifier = noun === "news" ? (lowerNorm(context, c.tokenEnd + 1, sentence) ?? noun) : noun;
  const subtype = LEXICON.contextOrgNouns.get(classifier);
  return subtype
    ? { type: "organization", subtype, rule: "mention.context.org_noun_after", strong: true }
    : null;
}

const NOT_AFTER_PLACE = new Set(["NOUN", "PROPN", "NUM", "CCONJ", "ADJ", "X", "PART"]);

/** After a preposition only a name that closes its phrase is a place: not "in Earth's climate",
 * "in Black and Brown communities", "in Round 2" or an abbreviation ("St."). */
function endsPhrase(context: Context, c: Candidate): boolean {
  const last = context.tokens[c.tokenEnd - 1];
  if (last.norm.endsWith("'s") || last.text.endsWith(".")) return false;
  const next = context.tokens[c.tokenEnd];
  return (
    !next || next.sentence !== last.sentence || (!NOT_AFTER_PLACE.has(next.pos) && !POSSESSIVE.has(next.norm))
  );
}

const APPOSITION_ARTICLES = new Set(["a", "an", "the"]);
const APPOSITION_MODIFIERS = new Set(["ADJ", "ADV", "NUM", "NOUN", "PUNCT"]);
const MAX_APPOSITION_MODIFIERS = 4;

/** "X, the largest town in the north", "X, a border village": an apposition naming a place. */
function appositionAfter(context: Context, c: Candidate, sentence: number): ContextTyping | null {
  const { tokens } = context;
  if (
    tokens[c.tokenEnd]?.norm !== "," ||
    !APPOSITION_ARTICLES.has(lowerNorm(context, c.tokenEnd + 1, sentence) ?? "")
  )
    return null;
  for (let t = c.tokenEnd + 2; t < c.tokenEnd + 3 + MAX_APPOSITION_MODIFIERS; t++) {
    const norm = lowerNorm(context, t, sentence);
    if (norm === null) return null;
    if (LEXICON.contextPlaceNouns.has(norm)) {
      const next = tokens[t + 1];
      if (next?.pos === "NOUN" || POSSESSIVE.has(next?.norm ?? "")) return null; // "a city councilman"
      return {
        type: "place",
        subtype: null,
        rule: "mention.context.place_apposition",
        strong: true,
        defining: true,
      };
    }
    if (!APPOSITION_MODIFIERS.has(tokens[t].pos) || norm === ",") return null;
  }
  return null;
}

/** "the town of X", "company X", "near X", "in Marib and X". */
function wordsBefore(context: Context, c: Candidate, sentence: number): ContextTyping | null {
  const previous = lowerNorm(context, c.tokenStart - 1, sentence);
  if (previous === null) return null;
  if (
    previous === "of" &&
    LEXICON.contextPlaceNouns.has(lowerNorm(context, c.tokenStart - 2, sentence) ?? "")
  )
    return {
      type: "place",
      subtype: null,
      rule: "mention.context.place_noun_of",
      strong: true,
      defining: true,
    };
  const subtype = LEXICON.contextOrgNouns.get(previous);
  if (subtype)
    return { type: "organization", subtype, rule: "mention.context.org_noun_before", strong: true };
  if (!endsPhrase(context, c)) return null;
  if (previous === "of" && LEXICON.directionWords.has(lowerNorm(context, c.tokenStart - 2, sentence) ?? ""))
    return { type: "place", subtype: null, rule: "mention.context.direction_of", strong: false };
  // "confidence in Netanyahu": the noun before the preposition takes it as its complement
  const governor = lowerNorm(context, c.tokenStart - 2, sentence) ?? "";
  if (LEXICON.locativePrepositions.has(previous) && !LEXICON.prepositionComplementNouns.has(governor))
    return { type: "place", subtype: null, rule: "mention.context.locative", strong: false };
  const before = c.tokenStart - 2 >= 0 ? context.coverage[c.tokenStart - 2] : -1;
  if (COORDINATORS.has(previous) && before >= 0 && context.candidates[before].type === "place")
    return { type: "place", subtype: null, rule: "mention.context.place_list", strong: false };
  return null;
}

/** "of Sherbrooke, Quebec,": a known place after a comma, closing its phrase, places the name in it. */
function regionAfter(context: Context, c: Candidate, sentence: number): ContextTyping | null {
  const { tokens } = context;
  if (tokens[c.tokenEnd]?.norm !== ",") return null;
  const next = context.coverage[c.tokenEnd + 1] ?? -1;
  const region = next >= 0 ? context.candidates[next] : null;
  if (!region || region.type !== "place" || region.tokenStart !== c.tokenEnd + 1) return null;
  const after = tokens[region.tokenEnd];
  if (after && after.sentence === sentence && after.pos !== "PUNCT") return null;
  return { type: "place", subtype: null, rule: "mention.context.region_after", strong: false };
}

function memberTyping(context: Context, c: Candidate): ContextTyping | null {
  if (c.kind !== "name") return null;
  const sentence = context.tokens[c.tokenStart].sentence;
  return (
    nounAfter(context, c, sentence) ??
    appositionAfter(context, c, sentence) ??
    wordsBefore(context, c, sentence) ??
    regionAfter(context, c, sentence)
  );
}

/** Retyped groups: names typed by no rule ("Tame") or as people by their shape alone. */
const RETYPED_RULES = new Set([
  "mention.single_name",
  "mention.unlisted_name",
  "mention.acronym",
  "mention.person.full_name",
]);

/** The tagger's proper noun: "in Black communities" or "in Power" give no place. */
function properNoun(context: Context, c: Candidate): boolean {
  for (let t = c.tokenStart; t < c.tokenEnd; t++) if (context.tokens[t].pos !== "PROPN") return false;
  return true;
}

/** An unknown group turns when a classifier noun says so and at least half its mentions read so
 * ("the Clinton camp" among many plain "Clinton"s does not), when every mention stands after a
 * locative preposition, or when a listed town stands after one. A person group turns only when no
 * mention carries a title and every one reads as a place or organization. */
function groupTyping(context: Context, group: Group): ContextTyping | null {
  if (!group.members.every((c) => c.kind === "name" && RETYPED_RULES.has(c.rule))) return null;
  const typings = group.members.map((c) => memberTyping(context, c));
  const strong = typings.find((t) => t?.strong) ?? null;
  const hinted = typings.filter((t) => t !== null).length;
  if (group.type === "person") {
    if (group.members.some((c) => c.titles.length > 0)) return null;
    const same = typings.every((t) => t !== null && t.type === strong?.type);
    return same ? strong : null;
  }
  const defining = typings.find((t) => t?.defining) ?? null;
  if (defining) return defining;
  if (strong && hinted * 2 >= typings.length) return strong;
  const weak = typings.find((t) => t !== null && !t.strong) ?? null;
  if (!weak || !group.members.every((c) => properNoun(context, c))) return null;
  if (hinted === typings.length) return weak;
  const town = LEXICON.towns.has(group.key.slice(group.key.indexOf(":") + 1));
  return town ? { type: "place", subtype: "city", rule: "mention.context.town", strong: false } : null;
}

/** Retypes the unknown names whose context says what they are. */
export function typeByContext(context: Context, groups: Group[]): void {
  for (const group of groups) {
    if (group.type !== "other" && group.type !== "person") continue;
    const typing = groupTyping(context, group);
    if (!typing) continue;
    group.type = typing.type;
    group.subtype ??= typing.subtype;
    for (const c of group.members) {
      c.type = typing.type;
      c.rule = typing.rule;
    }
  }
}
