// Noun phrases next to a cue: the subject before it ("a senior Israeli official said"), the
// source after it ("said Smith, the party's spokesman") and the object of "told".
import type { Token } from "../../types.ts";
import type { Context } from "./context.ts";
import { isQuoteMark } from "./context.ts";
import {
  COMPARATIVES,
  CUE_FORMS,
  EVENT_NOUNS,
  MEDIA_HEADS,
  NP_PREPOSITIONS,
  OUTLET_MAX_WORDS,
  OUTLETS,
  POSSESSIVES,
  QUANTITY_LEADS,
  QUANTITY_NOUNS,
  REDUCED_RELATIVE_PARTICIPLES,
  RELATIVE_PRONOUNS,
  RELATIVE_SOURCE,
  RELAY_LEAD,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from "./lexicon.ts";

export type Range = [number, number];

const NOMINAL_END = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
const NP_INNER = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"]);
const MAX_NP = 16;
/** Word classes that never open a noun phrase. */
const NOT_NP_OPENERS = new Set(["ADP", "SCONJ", "ADV", "AUX"]);

/** A capitalized word inside a phrase is part of a name whatever its tag ("The Associated Press"). */
function isNameLike(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return (
    j > 0 && /^\p{Lu}/u.test(t.text) && (t.pos === "VERB" || t.pos === "ADJ") && tokens[j - 1].pos !== "PUNCT"
  );
}

/** A noun, or an event noun tagged as a verb after a modifier ("a later interview"). */
function isNounLike(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.pos === "NOUN") return true;
  const prev = tokens[j - 1]?.pos;
  return t.pos === "VERB" && EVENT_NOUNS.has(t.norm) && (prev === "DET" || prev === "ADJ" || prev === "ADV");
}

function isNpInner(tokens: Token[], j: number, leftward = true): boolean {
  const t = tokens[j];
  if (isNameLike(tokens, j)) return true;
  // "Houthi-run", "Al-Masirah": a word glued to a hyphen belongs to the phrase
  const prev = tokens[j - 1];
  if (prev && prev.norm === "-" && prev.end === t.start && t.pos !== "PUNCT") return true;
  if (NP_INNER.has(t.pos)) return t.norm !== "that" && t.norm !== "this" ? true : t.pos === "DET";
  if (t.pos === "ADP" || t.norm === "close") return NP_PREPOSITIONS.has(t.norm);
  if (t.pos === "PRON") return POSSESSIVES.has(t.norm);
  // "the most recent data", "a very senior official": a degree word between determiner and adjective;
  // "a later interview": an adverb used as an adjective
  if (t.pos === "ADV")
    return (tokens[j + 1]?.pos === "ADJ" || isNounLike(tokens, j + 1)) && tokens[j - 1]?.pos === "DET";
  if (t.norm === "and" || t.norm === "-" || t.norm === "&") return true;
  if (t.norm === "'" || t.norm === "’") return j > 0 && tokens[j - 1].pos === "PROPN";
  // "a source briefed on the visit", "people familiar with": a participle before a preposition
  if (t.pos === "VERB") {
    if (isNounLike(tokens, j)) return true;
    const next = tokens[j + 1]?.pos;
    // "a source briefed on", "registered voters", "the continuing talks": participles inside a phrase
    const participle =
      /ed$/.test(t.norm) ||
      REDUCED_RELATIVE_PARTICIPLES.has(t.norm) ||
      (/ing$/.test(t.norm) && tokens[j - 1]?.pos === "DET");
    // "a local elected official": rightward too, between a modifier and the noun
    const prev = tokens[j - 1]?.pos;
    // "a statement carried by the agency": a passive participle with its agent
    if (!leftward)
      return (
        participle &&
        ((next === "NOUN" && (prev === "DET" || prev === "ADJ")) ||
          (prev === "NOUN" && tokens[j + 1]?.norm === "by"))
      );
    return (
      leftward &&
      participle &&
      (next === "ADP" || next === "NOUN" || next === "ADJ" || TIME_WORDS.has(tokens[j + 1]?.norm ?? ""))
    );
  }
  return t.pos === "ADV" && (t.norm === "close" || t.norm === "directly");
}

function endsSubject(tokens: Token[], last: number, lo: number): boolean {
  const t = tokens[last];
  if (NOMINAL_END.has(t.pos) || isNameLike(tokens, last)) return true;
  // "Cook said": a capitalized word opening the clause right before the cue, whatever its tag
  if (
    last === lo &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    (t.pos === "VERB" || t.pos === "ADJ" || t.pos === "ADV")
  )
    return true;
  return (
    t.pos === "ADJ" && last > lo && ["DET", "ADJ", "PROPN", "NOUN", "NUM"].includes(tokens[last - 1].pos)
  );
}

/** "a draft seen by Reuters": the relay after a reduced relative is not part of the source. */
export function withoutRelayTail(ctx: Context, range: Range): Range {
  const { tokens } = ctx;
  for (let k = range[0] + 1; k < range[1] - 2; k++)
    if (
      RELAY_LEAD.has(tokens[k].norm) &&
      tokens[k + 1].norm === "by" &&
      isMediaPhrase(ctx, [k + 2, range[1]])
    )
      return [range[0], k];
  return range;
}

/** The noun phrase that ends at token end-1, not reaching before lo. */
export function npBefore(ctx: Context, end: number, lo: number): Range | null {
  const { tokens } = ctx;
  const last = end - 1;
  const open = last >= lo && tokens[last].norm === ")" ? parenthesisOpening(tokens, last, lo) : -1;
  if (open >= 0) {
    // "Sen. Ana Ruiz (D-Calif.) said": the name with its parenthesis
    const name = npBefore(ctx, open, lo);
    return name ? [name[0], end] : null;
  }
  const share = last >= lo ? pollShareStart(tokens, last, lo) : -1;
  if (share >= 0) return [share, end];
  if (last < lo || isQuoteMark(tokens[last]) || !endsSubject(tokens, last, lo)) return null;
  if (tokens[last].pos === "PRON") return SUBJECT_PRONOUNS.has(tokens[last].norm) ? [last, end] : null;
  let start = last;
  for (let j = last - 1; j >= lo && last - j < MAX_NP; j--) {
    // "a statement in which al-Shabaab said": the relative word closes the subject
    if (!isNpInner(tokens, j) || (RELATIVE_PRONOUNS.has(tokens[j].norm) && tokens[j].norm !== "that")) break;
    start = j;
    // a determiner opens the phrase unless a preposition or "and" comes before it
    if (tokens[j].pos === "DET" && !(j > lo && (tokens[j - 1].pos === "ADP" || tokens[j - 1].norm === "and")))
      break;
  }
  while (start < last && !startsPhrase(tokens[start])) start++;
  // "about half of voters", "nearly 4 in 10": the approximation belongs to the phrase
  if (start > lo && QUANTITY_LEADS.has(tokens[start - 1].norm) && isQuantity(tokens[start])) start--;
  return withoutRelayTail(ctx, [start, end]);
}

/** Longest parenthesis kept with a name: "(D-Calif.)", "(pictured)", "(R-Texas), 54". */
const MAX_PARENTHESIS = 6;

function parenthesisOpening(tokens: Token[], close: number, lo: number): number {
  for (let j = close - 1; j >= lo && close - j <= MAX_PARENTHESIS; j--) {
    if (tokens[j].norm === "(") return j > lo ? j : -1;
    if (tokens[j].norm === ")") return -1;
  }
  return -1;
}

function parenthesisClosing(tokens: Token[], open: number, hi: number): number {
  for (let j = open + 1; j < hi && j - open <= MAX_PARENTHESIS; j++) {
    if (tokens[j].norm === ")") return j;
    if (tokens[j].norm === "(") return -1;
  }
  return -1;
}

/** "more than 4 in 10", "a third", "nearly half": a share of those asked as the subject, or -1. */
function pollShareStart(tokens: Token[], last: number, lo: number): number {
  const t = tokens[last];
  let start = -1;
  if (t.pos === "NUM" && last - 2 >= lo && tokens[last - 1].norm === "in" && tokens[last - 2].pos === "NUM")
    start = last - 2;
  else if (QUANTITY_NOUNS.has(t.norm) && t.pos !== "VERB" && last - 1 >= lo && tokens[last - 1].pos === "DET")
    start = last - 1;
  if (start < 0) return -1;
  if (start - 2 >= lo && tokens[start - 1].norm === "than" && COMPARATIVES.has(tokens[start - 2].norm))
    start -= 2;
  if (start > lo && QUANTITY_LEADS.has(tokens[start - 1].norm)) start--;
  return start;
}

function isQuantity(t: Token): boolean {
  return t.pos === "NUM" || QUANTITY_NOUNS.has(t.norm);
}

function startsPhrase(t: Token): boolean {
  return (
    t.pos !== "ADP" &&
    t.pos !== "CCONJ" &&
    t.pos !== "VERB" &&
    t.pos !== "PART" &&
    t.norm !== "-" &&
    t.norm !== "close"
  );
}

/** The noun phrase starting at token start (with an appositive after a comma), up to hi. */
export function npAfter(ctx: Context, start: number, hi: number, withAppositive = true): Range | null {
  const { tokens } = ctx;
  if (start >= hi) return null;
  const first = tokens[start];
  // "his profile": a possessive opens a longer phrase; other pronouns stand alone
  const possessive =
    first.pos === "PRON" && POSSESSIVES.has(first.norm) && tokens[start + 1]?.pos !== "PUNCT";
  if (first.pos === "PRON" && !possessive)
    return SUBJECT_PRONOUNS.has(first.norm) && !RELATIVE_SOURCE.has(first.norm) ? [start, start + 1] : null;
  if (NOT_NP_OPENERS.has(first.pos)) return null;
  // a noun mis-tagged as a verb before another noun ("state law") still opens the phrase
  let end = first.pos === "VERB" && tokens[start + 1]?.pos === "NOUN" ? start + 1 : start;
  while (
    end < hi &&
    end - start < MAX_NP &&
    isNpInner(tokens, end, false) &&
    !(end > start && tokens[end].norm === "that") &&
    !(end > start && TIME_WORDS.has(tokens[end].norm) && !modifiesNoun(tokens, end))
  )
    end++;
  while (end > start && !endsPhrase(tokens, end - 1, end < hi ? tokens[end] : null)) end--;
  if (end === start) return null;
  const close = tokens[end]?.norm === "(" ? parenthesisClosing(tokens, end, hi) : -1;
  if (close >= 0) end = close + 1;
  if (withAppositive && tokens[end]?.norm === "," && end + 1 < hi && opensAppositive(tokens[end + 1])) {
    const app = npAfter(ctx, end + 1, hi, false);
    const full = app ? withRelativeClause(ctx, app, hi) : null;
    // an apposition closes with punctuation: "X, a spokesman, said"; not "X, 85 of the visitors had"
    if (full && (full[1] >= hi || tokens[full[1]].pos === "PUNCT")) end = full[1];
  }
  return [start, end];
}

/** "a later interview", "an earlier statement": a time word between a determiner and its noun. */
function modifiesNoun(tokens: Token[], j: number): boolean {
  return tokens[j - 1].pos === "DET" && isNounLike(tokens, j + 1);
}

/** A phrase ends on a noun, or on an adjective used as one before punctuation ("the operative,"). */
function endsPhrase(tokens: Token[], j: number, next: Token | null): boolean {
  const t = tokens[j];
  if (NOMINAL_END.has(t.pos) || isNameLike(tokens, j)) return true;
  return t.pos === "ADJ" && j > 0 && tokens[j - 1].pos !== "PUNCT" && (next === null || next.pos === "PUNCT");
}

function opensAppositive(t: Token): boolean {
  return t.pos === "DET" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM";
}

/** True when the phrase names a news outlet or stands for one ("the American broadcaster"). */
export function isMediaPhrase(ctx: Context, range: Range): boolean {
  const { tokens } = ctx;
  const head = tokens[range[1] - 1].norm;
  if (MEDIA_HEADS.has(head)) return true;
  return namesOutlet(ctx, range) || namedAfterMediaNoun(tokens, range);
}

/** "state broadcaster ORTM", "the television channel Rossiya-24": a media noun, then the name. */
function namedAfterMediaNoun(tokens: Token[], range: Range): boolean {
  for (let k = range[0]; k < range[1] - 1; k++) {
    if (!MEDIA_HEADS.has(tokens[k].norm) || tokens[k].pos !== "NOUN") continue;
    let j = k + 1;
    while (j < range[1] && (tokens[j].pos === "PROPN" || tokens[j].norm === "-" || tokens[j].pos === "NUM"))
      j++;
    if (j === range[1] && tokens[k + 1].pos === "PROPN") return true;
  }
  return false;
}

/** An outlet name from the gazetteer anywhere in the phrase, as whole tokens. */
export function namesOutlet(ctx: Context, range: Range): boolean {
  const { tokens, text } = ctx;
  for (let a = range[0]; a < range[1]; a++) {
    for (let b = a + 1; b <= Math.min(range[1], a + OUTLET_MAX_WORDS + 2); b++) {
      const phrase = text
        .slice(tokens[a].start, tokens[b - 1].end)
        .toLowerCase()
        .replace(/\s+/g, " ");
      if (OUTLETS.has(phrase) || OUTLETS.has(phrase.replace(/[’']s$/, "").trim())) return true;
    }
  }
  return false;
}

export function hasProperNoun(tokens: Token[], range: Range): boolean {
  for (let i = range[0]; i < range[1]; i++) if (tokens[i].pos === "PROPN") return true;
  return false;
}

/** "according to members who spoke with reporters afterward, …", "said X, an official who runs
 * the office, …": a relative clause after a source phrase is part of it, up to the next comma. */
export function withRelativeClause(ctx: Context, source: Range, hi: number): Range {
  const { tokens } = ctx;
  let end = source[1];
  // "a local official, who asked not to be named, …": a relative clause between commas
  if (tokens[end]?.norm === "," && end + 1 < hi && RELATIVE_PRONOUNS.has(tokens[end + 1].norm)) end++;
  if (end >= hi || !RELATIVE_PRONOUNS.has(tokens[end].norm) || ctx.quoteOf[end] >= 0) return source;
  const relative = end;
  while (end < hi && tokens[end].norm !== "," && ctx.quoteOf[end] < 0) end++;
  if (end < hi && tokens[end].norm !== ",") return source;
  // "according to the agency, which said C.": a relative clause that reports is a statement of its own
  if (end >= hi && CUE_FORMS.has(tokens[relative + 1]?.norm ?? "")) return source;
  while (end > source[1] && tokens[end - 1].pos === "PUNCT") end--;
  return [source[0], end];
}
