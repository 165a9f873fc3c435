// Cue recognition: verbs of saying in any tense or voice, "according to", with their extent
// ("has said", "was quoted as saying", "pointed out").
import type { Token } from "../../types.ts";
import type { Context } from "./context.ts";
import {
  ACTIVE_IRREGULAR_PARTICIPLES,
  ADVERBS_BETWEEN,
  AUXILIARIES,
  CUE_FORMS,
  CUE_OPENERS,
  FIGURE_NOUNS,
  FIGURE_ONLY,
  INFINITIVE_OK,
  IRREGULAR_PARTICIPLES,
  LABEL_VERBS,
  PARTICIPLE_LEADS,
  PARTICLES,
  PASSIVE_AUXILIARIES,
  VERBAL_ONLY,
} from "./lexicon.ts";

export interface Cue {
  /** Token range of the cue words ("was quoted as saying", "said"). */
  start: number;
  end: number;
  /** The token of the verb itself. */
  head: number;
  /** First token of the auxiliaries and adverbs before the verb: the subject ends before it. */
  before: number;
  lemma: string;
  kind: "verb" | "according" | "participle" | "passive_quoted";
  rule: string;
}

/** Longest phrase between "put" and its "at": "the number of detainees facing … charges at". */
const MAX_FIGURE_PHRASE = 12;

/** "put the death toll at 604", "puts the number of detainees at about 430": a figure noun, "at",
 * then a number (maybe after a word or two: "at about", "at more than"). */
function putsFigureAt(tokens: Token[], i: number, hi: number): boolean {
  let figure = false;
  for (let k = i + 1; k < hi && k - i <= MAX_FIGURE_PHRASE; k++) {
    if (FIGURE_NOUNS.has(tokens[k].norm)) figure = true;
    if (tokens[k].norm !== "at") continue;
    if (!figure) return false;
    for (let n = k + 1; n < hi && n - k <= 3; n++) if (tokens[n].pos === "NUM") return true;
    return false;
  }
  return false;
}

/** Longest subject between "as" and "put it": "one senior European official". */
const MAX_PUT_IT_SUBJECT = 8;

/** "As one official put it, C": "put it" after "as" and its subject, before a comma. */
export function asPutIt(tokens: Token[], i: number, lo: number): boolean {
  if (tokens[i + 1]?.norm !== "it" || tokens[i + 2]?.norm !== ",") return false;
  for (let k = i - 1; k >= lo && i - k <= MAX_PUT_IT_SUBJECT; k--) {
    if (tokens[k].norm === "as") return k === lo || tokens[k - 1].pos === "PUNCT";
    if (tokens[k].pos === "PUNCT" || tokens[k].pos === "VERB") return false;
  }
  return false;
}

const NOT_BEFORE_VERB_NOUN = new Set(["DET", "ADJ", "ADP", "PART", "NUM"]);

/** Cues of one clause, left to right, inside quotation marks too (their attributions nest). */
export function findCues(ctx: Context, lo: number, hi: number): Cue[] {
  const { tokens } = ctx;
  const cues: Cue[] = [];
  for (let i = CUE_OPENERS.nextIn(tokens, lo, hi); i >= 0; i = CUE_OPENERS.nextIn(tokens, i + 1, hi)) {
    const t = tokens[i];
    if (t.norm === "according" && tokens[i + 1]?.norm === "to") {
      cues.push({
        start: i,
        end: i + 2,
        head: i,
        before: i,
        lemma: "according",
        kind: "according",
        rule: "attr.cue_according_to",
      });
      i++;
      continue;
    }
    const lemma = CUE_FORMS.get(t.norm);
    if (!lemma || !looksVerbal(tokens, i, lemma, lo)) continue;
    if (FIGURE_ONLY.has(lemma) && !putsFigureAt(tokens, i, hi) && !asPutIt(tokens, i, lo)) continue;
    const cue = extendCue(tokens, i, lemma, lo, hi);
    if (cue) cues.push(cue);
  }
  return cues;
}

const NO_SUBJECT_BEFORE = new Set(["DET", "ADP", "CCONJ", "ADJ", "PUNCT", "NUM"]);

function looksVerbal(tokens: Token[], i: number, lemma: string, lo: number): boolean {
  const t = tokens[i];
  // "repeated violations", "the stated goal": a participle used as an adjective
  if (
    t.norm.endsWith("ed") &&
    tokens[i + 1]?.pos === "NOUN" &&
    (i === lo || NO_SUBJECT_BEFORE.has(tokens[i - 1].pos))
  )
    return false;
  // "the continuing talks", "according to state law": after a determiner, or a base form after a preposition
  if (i > lo && (tokens[i - 1].pos === "DET" || (t.norm === lemma && tokens[i - 1].pos === "ADP")))
    return false;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  if (VERBAL_ONLY.has(lemma) || t.pos !== "NOUN" || !t.norm.endsWith("s")) return false;
  // "Ravid reports that": a noun-tagged form right after its subject, opening its complement
  // ("his opening remarks, …" and "their claims were" are nouns)
  const next = tokens[i + 1]?.norm;
  return (
    i > lo &&
    !NOT_BEFORE_VERB_NOUN.has(tokens[i - 1].pos) &&
    tokens[i - 1].pos !== "PUNCT" &&
    (next === "that" || next === ":" || next === '"')
  );
}

function extendCue(tokens: Token[], i: number, lemma: string, lo: number, hi: number): Cue | null {
  const particles = PARTICLES.get(lemma);
  let end = i + 1;
  if (particles?.includes(tokens[i + 1]?.norm ?? "")) end = i + 2;
  else if (particles && !LABEL_VERBS.has(lemma)) return null;
  let before = i;
  while (before > lo && (AUXILIARIES.has(tokens[before - 1].norm) || isBetweenAdverb(tokens[before - 1])))
    before--;
  let start = before;
  while (start < i && isBetweenAdverb(tokens[start])) start++;
  const gerund = tokens[i].norm.endsWith("ing");
  // "was quoted as saying", "was quoted by state media as saying": the speaker is the subject, the
  // cue runs to "saying" (the agent in between is a relay)
  const saying = lemma === "quote" ? quotedAsSaying(tokens, i, hi) : -1;
  if (saying >= 0) {
    return {
      start,
      end: saying + 1,
      head: saying,
      before,
      lemma: "say",
      kind: "passive_quoted",
      rule: "attr.cue_quoted_as_saying",
    };
  }
  if (isPassive(tokens, i, start, lemma)) return null;
  if (gerund && before === i && i > lo && followsClause(tokens, i, lo)) {
    return { start, end, head: i, before, lemma, kind: "participle", rule: "attr.cue_participle" };
  }
  if (end > hi) return null;
  return { start, end, head: i, before, lemma, kind: "verb", rule: "attr.cue_verb" };
}

/** Longest agent between "quoted by" and "as saying". */
const MAX_QUOTING_AGENT = 12;

/** Token index of "saying" in "quoted as saying" / "quoted by X as saying", else -1. */
function quotedAsSaying(tokens: Token[], i: number, hi: number): number {
  let as = i + 1;
  if (tokens[as]?.norm === "by") {
    as = i + 2;
    while (
      as < hi &&
      as - i <= MAX_QUOTING_AGENT &&
      tokens[as].norm !== "as" &&
      (tokens[as].pos !== "PUNCT" || tokens[as].norm === "-")
    )
      as++;
  }
  const saying = as + 1;
  return tokens[as]?.norm === "as" && saying < hi && CUE_FORMS.get(tokens[saying].norm) === "say"
    ? saying
    : -1;
}

/** ", saying", "values,” saying", "– saying", "by saying": a participle that hangs on the clause before. */
function followsClause(tokens: Token[], i: number, lo: number): boolean {
  const previous = tokens[i - 1].norm;
  if (previous === "," || previous === "\u2013" || previous === "\u2014" || PARTICIPLE_LEADS.has(previous))
    return true;
  return previous === '"' && i - 2 >= lo && tokens[i - 2].norm === ",";
}

function isBetweenAdverb(t: Token): boolean {
  return ADVERBS_BETWEEN.has(t.norm) && (t.pos === "ADV" || t.pos === "PART");
}

/** "has been accused by", "is expected", "is thought to have": a past participle after a form of
 * "be"; "the figures cited by each side": one with its agent after it; "the hostages still believed
 * to be alive": a reduced relative before an infinitive, whose noun is what is believed, not who
 * (unlike "Ortega pledged to resign", where a verb that takes an infinitive has its speaker). */
function isPassive(tokens: Token[], i: number, start: number, lemma: string): boolean {
  const form = tokens[i].norm;
  if (!/ed$|wn$|ld$/.test(form) && !IRREGULAR_PARTICIPLES.has(form)) return false;
  const mostlyActive = ACTIVE_IRREGULAR_PARTICIPLES.has(form);
  if (tokens[i + 1]?.norm === "by" && !mostlyActive) return true;
  for (let k = start; k < i; k++) {
    const t = tokens[k].norm;
    if (PASSIVE_AUXILIARIES.has(t) || (t === "'s" && !mostlyActive)) return true;
  }
  return !INFINITIVE_OK.has(lemma) && isReducedRelative(tokens, i, start);
}

function isReducedRelative(tokens: Token[], i: number, start: number): boolean {
  if (tokens[i + 1]?.norm !== "to" || (tokens[i + 2]?.pos !== "VERB" && tokens[i + 2]?.pos !== "AUX"))
    return false;
  let k = start - 1;
  while (k >= 0 && tokens[k].pos === "ADV") k--;
  return k >= 0 && (tokens[k].pos === "NOUN" || tokens[k].pos === "PROPN");
}
