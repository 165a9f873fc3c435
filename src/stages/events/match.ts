// Matching trigger rules in a sentence: the trigger's form, then the rule's constraints on the
// words around it (object after, subject before, near, sentence context, a party as subject, an
// owner for nominal triggers, a finite verb).

import { WordSet } from "../../text/vocabulary.ts";
import type { Sentence, Token } from "../../types.ts";
import type { TriggerRule, WindowTest } from "./rules.ts";
import { triggers } from "./rules.ts";
import { verbGroupStart } from "./status.ts";
import { negotiationWords, type PhraseSet, phraseAt, statusSet } from "./words.ts";

export interface TriggerMatch {
  rule: TriggerRule;
  first: number;
  /** Exclusive end token. */
  end: number;
}

const HARD_BREAKS = new WordSet([".", ";", ":", "but", "while", "whereas", "because", "although", "?", "!"]);

/** Every trigger of the sentence, left to right; a token starts at most one match. In an article
 * about negotiations (`negotiationArticle`), the word classes of a rule marked `article` need not
 * stand in the sentence (a refusal or a kidnapping told there bears on the talks), and those of a
 * rule marked `previous` may stand in the sentence before (`previous`). */
export function matchSentence(
  tokens: readonly Token[],
  sentence: Sentence,
  negotiationArticle = false,
  previous: Sentence | null = null,
): TriggerMatch[] {
  const context: MatchContext = { negotiationArticle, previous, seen: new Map() };
  const { forms } = triggers();
  const found: TriggerMatch[] = [];
  const end = sentence.tokenEnd;
  for (
    let i = forms.nextStart(tokens, sentence.tokenStart, end);
    i >= 0;
    i = forms.nextStart(tokens, i + 1, end)
  ) {
    const candidates = forms.candidates(tokens, i);
    if (!candidates) continue;
    for (const { value: rule, phrase } of candidates) {
      if (!phraseAt(tokens, i, sentence.tokenEnd, phrase)) continue;
      const match = { rule, first: i, end: i + phrase.length };
      if (!satisfies(tokens, sentence, match, context)) continue;
      found.push(match);
      i += phrase.length - 1;
      break;
    }
  }
  return found;
}

interface MatchContext {
  negotiationArticle: boolean;
  /** The sentence before, when in the same paragraph. */
  previous: Sentence | null;
  /** Whether a word class stands in a sentence, found once per class and sentence. */
  seen: Map<PhraseSet, Map<Sentence, boolean>>;
}

function satisfies(
  tokens: readonly Token[],
  sentence: Sentence,
  m: TriggerMatch,
  context: MatchContext,
): boolean {
  const { rule } = m;
  const floor = sentence.tokenStart;
  const ceiling = sentence.tokenEnd;
  if (rule.object && !windowAfter(tokens, m.end, ceiling, rule.object)) return false;
  if (rule.subject && !windowBefore(tokens, floor, m.first, rule.subject)) return false;
  if (
    rule.near &&
    !windowAfter(tokens, m.end, ceiling, rule.near) &&
    !windowBefore(tokens, floor, m.first, rule.near)
  )
    return false;
  if (rule.contextWords && rule.contextWords.findIn(tokens, floor, ceiling) < 0) return false;
  if (rule.contextClasses.length && !hasContext(tokens, sentence, rule, context)) return false;
  if (rule.party && !partySubject(tokens, floor, m.first)) return false;
  if (rule.owner && !hasOwner(tokens, floor, ceiling, m)) return false;
  if (rule.finite && !finiteVerb(tokens, floor, m.first)) return false;
  if (rule.modal && !modalBefore(tokens, floor, m.first)) return false;
  if (rule.clauseEnd && !endsClause(tokens, m.end, ceiling)) return false;
  return !isTopic(tokens, floor, m.first) && !isBackground(tokens, floor, m.first);
}

function hasContext(
  tokens: readonly Token[],
  sentence: Sentence,
  rule: TriggerRule,
  context: MatchContext,
): boolean {
  if (context.negotiationArticle && rule.articleContext) return true;
  const within = (s: Sentence) => rule.contextClasses.some((set) => standsIn(tokens, set, s, context));
  return within(sentence) || (rule.previousContext && context.previous !== null && within(context.previous));
}

function standsIn(tokens: readonly Token[], set: PhraseSet, s: Sentence, context: MatchContext): boolean {
  let bySentence = context.seen.get(set);
  if (!bySentence) {
    bySentence = new Map();
    context.seen.set(set, bySentence);
  }
  let found = bySentence.get(s);
  if (found === undefined) {
    found = set.findIn(tokens, s.tokenStart, s.tokenEnd) >= 0;
    bySentence.set(s, found);
  }
  return found;
}

/** "since the truce began", "since the rebels broke the ceasefire": a since-clause recalls an earlier
 * happening as background to the main one. */
function isBackground(tokens: readonly Token[], floor: number, trigger: number): boolean {
  for (let i = trigger - 1; i >= Math.max(floor, trigger - 8); i--) {
    const n = tokens[i].norm;
    if (n === "," || HARD_BREAKS.at(tokens, i)) return false;
    if (statusSet("background_markers").at(tokens, i)) return true;
  }
  return false;
}

/** Whether a token in [from, to) has one of the test's tags or starts one of its phrases (which
 * may run on to `end`). */
function fitsIn(test: WindowTest, tokens: readonly Token[], from: number, to: number, end: number): boolean {
  if (test.pos) for (let i = from; i < to; i++) if (test.pos.has(tokens[i].pos)) return true;
  const { words } = test;
  if (!words) return false;
  for (let i = words.nextStart(tokens, from, to); i >= 0; i = words.nextStart(tokens, i + 1, to))
    if (words.matchAt(tokens, i, end)) return true;
  return false;
}

/** The test within `window` tokens after the trigger, up to a clause break. */
function windowAfter(tokens: readonly Token[], from: number, ceiling: number, test: WindowTest): boolean {
  const to = Math.min(ceiling, from + test.window);
  const stop = HARD_BREAKS.nextIn(tokens, from, to);
  return fitsIn(test, tokens, from, stop < 0 ? to : stop, ceiling);
}

/** The test within `window` tokens before the trigger, back to a clause break. */
function windowBefore(tokens: readonly Token[], floor: number, before: number, test: WindowTest): boolean {
  let from = Math.max(floor, before - test.window);
  let broken = false;
  for (let i = before - 1; i >= from; i--)
    if (HARD_BREAKS.at(tokens, i)) {
      from = i + 1;
      broken = true;
      break;
    }
  if (fitsIn(test, tokens, from, before, before)) return true;
  if (broken) return false;
  // "The talks, hosted by Turkey, broke off": the subject stands before the aside.
  const aside = asideBefore(tokens, floor, verbGroupStart(tokens, floor, before));
  return aside >= 0 && windowBefore(tokens, floor, aside, test);
}

const MAX_ASIDE = 20;

/** The comma opening an aside that ends just before `at` (", hosted by Turkey,"), or -1. */
function asideBefore(tokens: readonly Token[], floor: number, at: number): number {
  if (at - 1 <= floor || tokens[at - 1].norm !== ",") return -1;
  for (let i = at - 2; i > floor && i >= at - MAX_ASIDE; i--) {
    const n = tokens[i].norm;
    if (n === ",") return i;
    if (HARD_BREAKS.at(tokens, i)) return -1;
  }
  return -1;
}

/** The subject before the verb group is a party, not "reports" or "analysts". */
export function partySubject(tokens: readonly Token[], floor: number, trigger: number): boolean {
  let head = verbGroupStart(tokens, floor, trigger) - 1;
  // "was due to fly", "is expected to propose": look past the governing verb.
  while (head > floor && statusSet("plan_governors").at(tokens, head))
    head = verbGroupStart(tokens, floor, head) - 1;
  if (head < floor) return false;
  const t = tokens[head];
  // "The group said it was studying the text but insisted that …": the first verb's subject.
  if (t.norm === "and" || t.norm === "but") {
    const verb = firstVerb(tokens, floor, head);
    return verb >= 0 && partySubject(tokens, floor, verb);
  }
  if (negotiationWords("non_party_subjects").matchAt(tokens, head, head + 1)) return false;
  // ")" closes an abbreviation after a name: "the Liberation Front (TPLF) demands".
  if (t.pos === "PROPN" || t.pos === "PRON" || t.norm === "," || t.norm === ")") return true;
  return negotiationWords("party_nouns").matchAt(tokens, head, head + 1) > 0;
}

/** The first verb in [floor, at): the verb whose subject a coordinated verb shares. */
function firstVerb(tokens: readonly Token[], floor: number, at: number): number {
  for (let i = floor; i < at; i++) if (tokens[i].pos === "VERB") return i;
  return -1;
}

/** "a Kenyan proposal", "Ukraine's proposal", "a proposal by Norway", "the UN-backed proposal". */
function hasOwner(tokens: readonly Token[], floor: number, ceiling: number, m: TriggerMatch): boolean {
  for (let i = m.first - 1; i >= Math.max(floor, m.first - 4); i--) {
    const t = tokens[i];
    if (t.pos === "PROPN" || t.norm === "his" || t.norm === "her" || t.norm === "their" || t.norm === "its")
      return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.norm !== "'s" && t.norm !== "-" && t.pos !== "VERB") break;
  }
  const next = m.end < ceiling ? tokens[m.end].norm : "";
  return (next === "by" || next === "from") && m.end + 1 < ceiling && tokens[m.end + 1].pos === "PROPN";
}

/** A verb in a finite or passive use: not "the release of", not a bare gerund. */
function finiteVerb(tokens: readonly Token[], floor: number, trigger: number): boolean {
  const t = tokens[trigger];
  // "The army would free the detainees": after a modal, a word tagged otherwise is the verb.
  if (t.pos !== "VERB") return modalBefore(tokens, floor, trigger);
  const prev = trigger > floor ? tokens[trigger - 1] : null;
  if (prev && (prev.pos === "DET" || prev.pos === "ADP")) return false;
  if (!t.norm.endsWith("ing")) return true;
  const group = verbGroupStart(tokens, floor, trigger);
  for (let i = group; i < trigger; i++)
    if (/^(is|are|was|were|been|be|'s|'re)$/.test(tokens[i].norm)) return true;
  return false;
}

function endsClause(tokens: readonly Token[], end: number, ceiling: number): boolean {
  if (end >= ceiling) return true;
  const n = tokens[end].norm;
  return n === "." || n === "," || n === ";" || n === "and" || n === "but";
}

function modalBefore(tokens: readonly Token[], floor: number, trigger: number): boolean {
  for (let i = verbGroupStart(tokens, floor, trigger); i < trigger; i++) {
    const n = tokens[i].norm;
    if (n === "would" || n === "will" || n === "'ll" || n === "'d") return true;
  }
  return false;
}

/** "talks on renewing a ceasefire", "a deal that covered freeing": the trigger names a topic. */
function isTopic(tokens: readonly Token[], floor: number, trigger: number): boolean {
  const t = tokens[trigger];
  if (t.pos !== "NOUN" && !(t.pos === "VERB" && t.norm.endsWith("ing"))) return false;
  let i = trigger - 1;
  while (i >= floor && (tokens[i].pos === "DET" || tokens[i].pos === "ADJ")) i--;
  return i >= floor && statusSet("topic_markers").at(tokens, i);
}

/** Whether the text is about negotiations: talks, truces, hostages or deals come up at least 3
 * times and 12 times per thousand tokens (news on negotiations has 17 or more; political news
 * that mentions a deal or a war in passing, under 10). */
export function isNegotiationText(tokens: readonly Token[]): boolean {
  const words = negotiationWords("negotiation_context");
  const needed = Math.max(MIN_CONTEXT_WORDS, Math.ceil(CONTEXT_DENSITY * tokens.length));
  let count = 0;
  for (let i = words.findIn(tokens, 0, tokens.length); i >= 0; i = words.findIn(tokens, i + 1, tokens.length))
    if (++count >= needed) return true;
  return false;
}

const MIN_CONTEXT_WORDS = 3;
const CONTEXT_DENSITY = 0.012;
