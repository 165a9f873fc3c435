// Positions stage: party × issue × stance. A stance cue ("demanded", "rejected", "insistence on",
// "is ready for") is read with its status (a negated acceptance is a rejection, a hedged or
// conditional one is no position); its party is the subject (or owner, for nominal cues); its
// complement is split into list items, one position per item with an issue word. Conditions
// ("if the strikes stop") are kept. A threat's condition ("if the prisoners are not freed …") is
// the threatening party's demand.
import type { Analysis, Position } from "../../layers.ts";
import { spanOf, tokenAt } from "../../text/model.ts";
import type { Sentence, Span, Token } from "../../types.ts";
import {
  type Actor,
  actorName,
  actorsIn,
  afterPreposition,
  articleActors,
  beforeModifiers,
  entityOf,
  subjectBefore,
  withPairPartners,
} from "../events/actors.ts";
import { containingAttribution, itemSource } from "../events/mention.ts";
import { readStatus, type StatusReading, verbGroupStart } from "../events/status.ts";
import type { PhraseSet } from "../events/words.ts";
import { cueAt, issueOf, mentionsIssue, nextCueStart, positionLexicon, type StanceCue } from "./lexicon.ts";

// Where a stance's complement ends: clause breaks and temporal adjuncts ("wants to finish before a ceasefire").
const HARD_BREAKS = new Set([
  ".",
  ";",
  "but",
  "while",
  "whereas",
  "although",
  "because",
  "?",
  "!",
  "despite",
  "before",
  "after",
  "until",
]);
const MAX_COMPLEMENT = 40;

interface Context {
  analysis: Analysis;
  tokens: readonly Token[];
  positions: Position[];
  lastIssue: string | null;
  /** Sentence index of the last position read. */
  lastSentence: number;
  /** Offsets where an attribution's cue or source starts: a complement ends there. */
  attributionStarts: number[];
}

export function extractPositions(analysis: Analysis): void {
  const attributionStarts = analysis.attributions
    .flatMap((a) => [a.cue?.start, a.source?.start])
    .filter((x): x is number => x !== undefined);
  const ctx: Context = {
    analysis,
    tokens: analysis.model.tokens,
    positions: [],
    lastIssue: null,
    lastSentence: -1,
    attributionStarts,
  };
  for (const sentence of analysis.model.sentences) {
    const end = sentence.tokenEnd;
    for (
      let i = nextCueStart(ctx.tokens, sentence.tokenStart, end);
      i >= 0;
      i = nextCueStart(ctx.tokens, i + 1, end)
    ) {
      const found = cueAt(ctx.tokens, i, end);
      if (!found) continue;
      readCue(ctx, sentence, found.cue, i, i + found.length);
      i += found.length - 1;
    }
  }
  negatedConditions(ctx);
  threatConditions(ctx);
  analysis.positions = dedupe(ctx.positions).map((p, k) => ({ ...p, id: `pos${k + 1}` }));
}

function readCue(ctx: Context, sentence: Sentence, cue: StanceCue, first: number, end: number): void {
  const { tokens } = ctx;
  const span = objectOf(ctx, sentence, cue, first, end);
  if (!span) return;
  const [from, to] = span;
  const bare = bareAnswer(ctx, cue, first, from, to);
  // Cheap test first: most cues ("wants", "seeks") are about nothing the talks negotiate.
  if (
    !bare &&
    !cue.issue &&
    !mentionsIssue(tokens, from, to) &&
    !(ctx.lastIssue && startsAnaphoric(tokens, from, to))
  )
    return;
  const reading = statedReading(ctx, readStatus(tokens, sentence, first, end, false), first);
  if (reading.status === "hypothetical" || reading.status === "denied") return;
  const stance = reading.status === "negated" ? cue.negated : cue.stance;
  if (!stance) return;
  const actors = actorsIn(articleActors(ctx.analysis), sentence.tokenStart, sentence.tokenEnd);
  const party = cue.nominal
    ? ownerOf(ctx, actors, sentence, first)
    : cue.objectBefore
      ? (speakerParty(ctx, first) ?? contentSubject(ctx, actors, sentence, first))
      : contentSubject(ctx, actors, sentence, first);
  if (!party || (party.kind !== "name" && !party.resolved && !party.entity)) return;
  const rules = [cue.id, reading.rule];
  if (bare && ctx.lastIssue) {
    const stated = { sentence, party, stance, rules, at: first };
    addPosition(ctx, stated, { issue: ctx.lastIssue, rule: "pos.issue.bare_answer" }, [first, end]);
    return;
  }
  const parties = [
    ...withPairPartners(actors, party),
    ...coordinatedWith(ctx, actors, party, sentence.tokenStart),
  ];
  for (const p of parties) {
    positionsOf(ctx, { sentence, party: p, stance, rules, at: first }, cue, from, to);
    if (CONDITIONAL_STANCES.has(stance)) conditionDemands(ctx, sentence, p, first);
  }
}

/** What a cue (or a condition) states, before its object is read into positions. */
interface Stated {
  sentence: Sentence;
  party: Actor;
  stance: string;
  rules: string[];
  /** The token the position hangs on: its cue or condition marker. */
  at: number;
}

interface IssueRead {
  issue: string;
  rule: string;
}

/** The token range [from, to) the cue is about: its complement, the infinitive after "to", or
 * the clause before it ("the lifting of sanctions was a precondition"). */
function objectOf(
  ctx: Context,
  sentence: Sentence,
  cue: StanceCue,
  first: number,
  end: number,
): [number, number] | null {
  const { tokens } = ctx;
  if (cue.objectBefore) return [clauseBefore(ctx, sentence, first), first];
  const from = cue.infinitive ? infinitiveStart(tokens, end, sentence.tokenEnd) : end;
  if (from < 0) return null;
  const to = complementEnd(ctx, tokens, from, sentence);
  // "Israel's refusal of outside mediation angered Cairo": a noun's complement ends at the verb
  return [from, cue.nominal && tokens[end - 1].pos === "ADP" ? nounPhraseEnd(tokens, from, to) : to];
}

/** Where the clause ending at the cue starts: after "that", a comma, or the reported content's start. */
function clauseBefore(ctx: Context, sentence: Sentence, cue: number): number {
  const floor = contentFloor(ctx, sentence, cue);
  for (let i = cue - 1; i >= floor; i--) if (CLAUSE_OPENERS.has(ctx.tokens[i].norm)) return i + 1;
  return floor;
}

const CLAUSE_OPENERS = new Set(["that", ",", ";", ":"]);

// An acceptance or offer "provided the RSF withdrew" demands what its condition names.
const CONDITIONAL_STANCES = new Set(["accept", "offer"]);

function conditionDemands(ctx: Context, sentence: Sentence, party: Actor, cue: number): void {
  const { tokens } = ctx;
  const { conditions } = positionLexicon();
  for (let i = cue + 1; i < sentence.tokenEnd; i++) {
    const n = conditions.matchAt(tokens, i, sentence.tokenEnd);
    if (!n) continue;
    const end = clauseEnd(tokens, i + n, sentence.tokenEnd);
    const issue = end > i + n ? issueOf(tokens, i + n, end) : null;
    if (issue && issue.issue !== "general") {
      const stated = { sentence, party, stance: "demand", rules: ["pos.condition_of_stance"], at: cue };
      addPosition(ctx, stated, issue, [i + n, end]);
    }
    i = end;
  }
}

/** "The rebels have refused.": a refusal or acceptance with no object answers the previous sentence's position. */
function bareAnswer(ctx: Context, cue: StanceCue, first: number, from: number, to: number): boolean {
  if (!ctx.lastIssue || cue.stance === null || !BARE_STANCES.has(cue.stance) || cue.infinitive) return false;
  if (ctx.lastSentence !== ctx.tokens[first].sentence - 1) return false;
  for (let i = from; i < to; i++) if (ctx.tokens[i].pos !== "PUNCT") return false;
  return true;
}

const BARE_STANCES = new Set(["reject", "accept"]);

function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos !== "PUNCT") return true;
  return false;
}

/** One position per list item of the complement [from, to) that names an issue. */
function positionsOf(ctx: Context, stated: Stated, cue: StanceCue, from: number, to: number): void {
  const { tokens } = ctx;
  // "agreed to leave Lashio", "“We will not withdraw,” …": the cue itself names the issue.
  if (cue.issue) {
    const object: [number, number] = hasWord(tokens, from, to) ? [from, to] : [stated.at, from];
    addPosition(ctx, stated, { issue: cue.issue, rule: `${cue.id}.issue` }, object);
    return;
  }
  const items = splitItems(tokens, from, to);
  let any = false;
  for (const [k, [a, b]] of items.entries()) {
    let issue = issueOf(tokens, a, b);
    // "demands" or "terms" as a whole are the object only as the first item, not in an aside.
    if (issue?.issue === "general" && k > 0 && !startsAnaphoric(tokens, a, b)) issue = null;
    // "accepted the proposal": the proposal named before says what it is about.
    if (issue?.issue === "general" && ctx.lastIssue && startsAnaphoric(tokens, a, b))
      issue = { issue: ctx.lastIssue, rule: "pos.issue.anaphoric" };
    if (!issue) continue;
    addPosition(ctx, stated, issue, [a, b]);
    any = true;
  }
  if (!any && ctx.lastIssue && startsAnaphoric(tokens, from, to))
    addPosition(ctx, stated, { issue: ctx.lastIssue, rule: "pos.issue.anaphoric" }, [from, to]);
}

/** "Serbia and Kosovo's government agreed": the other conjunct of a coordinated subject. */
function coordinatedWith(ctx: Context, actors: readonly Actor[], party: Actor, floor: number): Actor[] {
  const { tokens } = ctx;
  const endingAt = (j: number) => actors.find((a) => a.last === j && a.first >= floor);
  let j = beforeModifiers(tokens, party.first, floor);
  const possessor = OWNER_MARKS.has(tokens[j]?.norm ?? "") ? endingAt(j - 1) : undefined;
  if (possessor) j = possessor.first - 1;
  if (j <= floor || tokens[j].norm !== "and") return [];
  const other = endingAt(j - 1);
  return other && isResolved(other) && !afterPreposition(tokens, other, floor) ? [other] : [];
}

/** "would storm the base if the blockade was not lifted", "unless X": the party's demand. */
function negatedConditions(ctx: Context): void {
  const { analysis, tokens } = ctx;
  const { conditions, negativeConditions, refusalConditions } = positionLexicon();
  for (const sentence of analysis.model.sentences) {
    const last = sentence.tokenEnd;
    for (
      let i = conditions.nextStart(tokens, sentence.tokenStart + 1, last);
      i >= 0;
      i = conditions.nextStart(tokens, i + 1, last)
    ) {
      const n = conditions.matchAt(tokens, i, last);
      if (!n) continue;
      const end = clauseEnd(tokens, i + n, sentence.tokenEnd);
      const negative = refusalConditions.matchAt(tokens, i, i + n)
        ? hasNegator(tokens, sentence.tokenStart, i)
        : negativeConditions.matchAt(tokens, i, i + n) > 0 || hasNegator(tokens, i + n, end);
      const issue = negative ? issueOf(tokens, i + n, end) : null;
      const party = issue ? mainClauseSubject(ctx, sentence, i) : null;
      if (issue && party) {
        const stated = { sentence, party, stance: "demand", rules: ["pos.negated_condition"], at: i };
        addPosition(ctx, stated, issue, [i + n, end]);
      }
      i = end;
    }
  }
}

function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  let j = from;
  while (j < limit && !CLAUSE_ENDS.has(tokens[j].norm)) j++;
  return j;
}

const CLAUSE_ENDS = new Set([",", ";", ".", ":"]);

function hasNegator(tokens: readonly Token[], from: number, to: number): boolean {
  const { negators } = positionLexicon();
  for (let i = from; i < to; i++) if (negators.at(tokens, i)) return true;
  return false;
}

/** The leftmost resolved actor of the clause before the condition; "his forces" is the speaker's side. */
function mainClauseSubject(ctx: Context, sentence: Sentence, condition: number): Actor | null {
  const { tokens, analysis } = ctx;
  // Only inside reported content: a sentence subject ("X sent a message that if …") is the reporter.
  const floor = contentFloor(ctx, sentence, condition);
  if (floor === sentence.tokenStart || floor >= condition) return null;
  const head = floor + (tokens[floor].norm === "that" ? 1 : 0);
  const { personPossessives, forceNouns } = positionLexicon();
  if (personPossessives.at(tokens, head) && forceNouns.at(tokens, head + 1))
    return speakerSide(ctx, condition);
  const subject = actorsIn(articleActors(analysis), head, condition)[0];
  // "the M23 would pull back only if …": a name after its article.
  const starts =
    subject && (subject.first === head || (subject.first === head + 1 && tokens[head].pos === "DET"));
  if (subject && starts && isResolved(subject)) return subject;
  // "the government would not …", or a thing ("the tanker would be returned only if …"): the
  // description's referent, else the speaker's side.
  return describedParty(ctx, head, condition) ?? (subject && starts ? null : speakerSide(ctx, condition));
}

/** "RSF commander X", "Kyiv's foreign minister": the organization (else the place) named inside a
 * source's span. */
function sideWithin(analysis: Analysis, start: number, end: number): string | null {
  const within = analysis.mentions.filter((x) => x.start >= start && x.end <= end && x.entity);
  const side = within.find((x) => x.type === "organization") ?? within.find((x) => x.type === "place");
  return side?.entity ?? null;
}

/** The organization the reporting source belongs to, as an actor. */
function speakerSide(ctx: Context, at: number): Actor | null {
  const { tokens, analysis } = ctx;
  const attribution = containingAttribution(analysis.attributions, tokens[at].start);
  const source = attribution?.source;
  if (!source) return null;
  const side =
    source.affiliation ??
    (source.entity ? entityOf(analysis, source.entity)?.affiliation : null) ??
    sideWithin(analysis, source.start, source.end);
  if (!side) return null;
  return { first: at, last: at, text: side, entity: side, resolved: null, kind: "name", person: false };
}

/** "X said outside monitors were not on the table": what the clause before the cue names is the
 * matter, and the party is the speaker's side, else the speaker. */
function speakerParty(ctx: Context, at: number): Actor | null {
  const side = speakerSide(ctx, at);
  if (side) return side;
  const source = containingAttribution(ctx.analysis.attributions, ctx.tokens[at].start)?.source;
  if (!source?.entity) return null;
  const text = source.name ?? source.text;
  return { first: at, last: at, text, entity: source.entity, resolved: null, kind: "name", person: true };
}

/** "said it would accept …": a reported "would"/"will" states the party's intention, a stance. */
function statedReading(ctx: Context, reading: StatusReading, cue: number): StatusReading {
  if (reading.rule !== "ev.status.modal") return reading;
  const { tokens } = ctx;
  const modal = tokens[cue - 1]?.pos === "ADV" ? tokens[cue - 2] : tokens[cue - 1];
  if (!modal || !INTENTION_MODALS.has(modal.norm)) return reading;
  const attribution = containingAttribution(ctx.analysis.attributions, tokens[cue].start);
  if (!attribution || wishBefore(tokens, attribution.content.start, cue)) return reading;
  return { status: "occurred", rule: "pos.status.reported_intention" };
}

/** "Norway hoped the rebels would accept": a wish of someone else, not the party's stated intention. */
function wishBefore(tokens: readonly Token[], contentStart: number, cue: number): boolean {
  const { wishVerbs } = positionLexicon();
  for (let i = cue - 1; i >= 0 && tokens[i].start >= contentStart; i--)
    if (wishVerbs.at(tokens, i)) return true;
  return false;
}

const INTENTION_MODALS = new Set(["would", "will"]);

/** A position on `issue`, about the tokens [from, to). */
function addPosition(ctx: Context, stated: Stated, issue: IssueRead, [from, to]: [number, number]): void {
  const { analysis, tokens } = ctx;
  const { sentence, party, stance, at } = stated;
  const text = analysis.model.text;
  const name = actorName(analysis, party);
  const attribution = containingAttribution(analysis.attributions, tokens[at].start);
  ctx.positions.push({
    id: "",
    party: name.id,
    partyText: name.text,
    issue: issue.issue,
    stance,
    object: spanOf(text, tokens[from].start, tokens[to - 1].end),
    evidence: spanOf(text, sentence.start, sentence.end),
    conditions: conditionsIn(ctx, sentence, at),
    source: itemSource(attribution, [name.text]),
    attribution: attribution?.id ?? null,
    rules: [...stated.rules, issue.rule],
  });
  ctx.lastIssue = issue.issue;
  ctx.lastSentence = tokens[at].sentence;
}

/** "Spokesman X said the military accepted …": inside reported content, the subject is sought
 * from the content's first token on, so the speaker is not taken for the party. */
function contentFloor(ctx: Context, sentence: Sentence, cue: number): number {
  const { tokens } = ctx;
  const attribution = containingAttribution(ctx.analysis.attributions, tokens[cue].start);
  if (!attribution || attribution.content.start <= tokens[sentence.tokenStart].start)
    return sentence.tokenStart;
  let i = cue;
  while (i > sentence.tokenStart && tokens[i - 1].start >= attribution.content.start) i--;
  return i;
}

function contentSubject(
  ctx: Context,
  actors: readonly Actor[],
  sentence: Sentence,
  cue: number,
): Actor | null {
  const floor = contentFloor(ctx, sentence, cue);
  // "said it rejected any arrangement … and demanded that …": the first verb's subject.
  const head = verbGroupStart(ctx.tokens, floor, cue) - 1;
  if (head > floor && COORDINATORS.has(ctx.tokens[head].norm)) {
    const verb = firstVerb(ctx.tokens, floor, head);
    if (verb >= 0) return contentSubject(ctx, actors, sentence, verb);
  }
  // "We would consider a ceasefire," the minister said: the speaker's side, else the speaker
  // ("“We will not withdraw,” Hamas said").
  if (head >= floor && positionLexicon().speakerPronouns.at(ctx.tokens, head)) {
    const side = speakerParty(ctx, cue);
    if (side) return side;
  }
  const inside = floor > sentence.tokenStart ? subjectBefore(ctx.tokens, actors, floor, cue) : null;
  const described = describedParty(ctx, floor, cue);
  if (described && (!inside || described.first >= inside.first)) return described;
  if (inside && isResolved(inside)) return inside;
  return subjectBefore(ctx.tokens, actors, sentence.tokenStart, cue);
}

const COORDINATORS = new Set(["and", "but"]);

/** The first verb in [floor, at): the verb whose subject a coordinated verb shares. */
function firstVerb(tokens: readonly Token[], floor: number, at: number): number {
  for (let i = floor; i < at; i++) if (tokens[i].pos === "VERB") return i;
  return -1;
}

function isResolved(actor: Actor): boolean {
  return actor.kind === "name" || !!actor.resolved || !!actor.entity;
}

/** "the military", "the group", "the government" before the cue, as the entity it refers to. */
function describedParty(ctx: Context, from: number, cue: number): Actor | null {
  const { tokens } = ctx;
  for (let i = cue - 2; i >= from; i--) {
    if (tokens[i].norm !== "the") continue;
    for (const group of positionLexicon().partyDescriptions) {
      const n = group.heads.matchAt(tokens, i + 1, cue);
      // "the group's offer" owns the object rather than being the subject.
      if (!n || OWNER_MARKS.has(tokens[i + 1 + n]?.norm ?? "")) continue;
      const entity = descriptionReferent(ctx, group, tokens[i].start);
      if (!entity) return null;
      const last = i + n;
      const text = ctx.analysis.model.text.slice(tokens[i].start, tokens[last].end);
      return { first: i, last, text, entity, resolved: null, kind: "description", person: false };
    }
  }
  return null;
}

const OWNER_MARKS = new Set(["'s", "'", "’s", "’"]);

/** The nearest earlier entity of a fitting subtype, or one already called by a head of the group. */
function descriptionReferent(
  ctx: Context,
  group: { heads: PhraseSet; subtypes: Set<string>; unknownOrganizations: boolean },
  before: number,
): string | null {
  const { analysis, tokens } = ctx;
  const { mentions } = analysis;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.start >= before || !m.entity) continue;
    const entity = entityOf(analysis, m.entity);
    if (entity?.subtype && group.subtypes.has(entity.subtype)) return entity.id;
    // An organization no gazetteer knows ("the ELN") is most often an armed group.
    if (group.unknownOrganizations && m.kind === "name" && entity?.type === "organization" && !entity.subtype)
      return entity.id;
    // A description the mentions stage linked to an entity of another kind ("the group" → a church) is no evidence.
    if (m.kind !== "description" || (entity?.subtype && !group.subtypes.has(entity.subtype))) continue;
    const last = tokenAt(analysis.model, m.end - 1);
    if (group.heads.matchAt(tokens, last, last + 1)) return m.entity;
  }
  return null;
}

/** "his insistence on", "Moscow's demand for", "the group's refusal to": the owner before the cue. */
function ownerOf(ctx: Context, actors: readonly Actor[], sentence: Sentence, cue: number): Actor | null {
  const { tokens } = ctx;
  let i = cue - 1;
  // determiners and modifiers between the owner and the noun: "Israel's long-standing refusal"
  while (i >= sentence.tokenStart && (OWNED_MODIFIERS.has(tokens[i].pos) || inHyphenCompound(tokens, i))) i--;
  if (i < sentence.tokenStart) return null;
  if (tokens[i].norm === "'s") i--;
  const owner = actors.find((a) => a.first <= i && a.last >= i);
  if (owner) return owner;
  // "The government repeated its demand": a possessive most often points at its clause's subject.
  const { personPossessives, groupPossessives } = positionLexicon();
  if (i > sentence.tokenStart && (personPossessives.at(tokens, i) || groupPossessives.at(tokens, i))) {
    const subject = contentSubject(ctx, actors, sentence, i);
    const wantsPerson = personPossessives.at(tokens, i);
    if (subject && isResolved(subject) && (subject.resolved ?? subject).person === wantsPerson)
      return subject;
  }
  return possessiveReferent(ctx, i, sentence);
}

const OWNED_MODIFIERS = new Set(["DET", "ADJ", "ADV"]);

function inHyphenCompound(tokens: readonly Token[], i: number): boolean {
  return tokens[i].text === "-" || tokens[i + 1]?.text === "-" || tokens[i - 1]?.text === "-";
}

/** "His insistence": the nearest earlier person (or, for "its"/"their", organization) in the last sentences. */
function possessiveReferent(ctx: Context, i: number, sentence: Sentence): Actor | null {
  const { tokens } = ctx;
  const { personPossessives, groupPossessives } = positionLexicon();
  const all = articleActors(ctx.analysis);
  const person = personPossessives.at(tokens, i);
  if (!person && !groupPossessives.at(tokens, i)) return null;
  for (let k = all.length - 1; k >= 0; k--) {
    const a = all[k];
    if (a.first >= i) continue;
    if (tokens[a.first].sentence < tokens[sentence.tokenStart].sentence - 2) break;
    if (a.kind === "name" && a.person === person) return a;
  }
  return null;
}

/** After "urging Moscow to": the token after "to", within a few tokens. */
function infinitiveStart(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < Math.min(end, from + 6); i++) if (tokens[i].norm === "to") return i + 1;
  return -1;
}

/** The complement ends at a hard break, a condition, the attribution that reports it, or 40 tokens. */
function complementEnd(ctx: Context, tokens: readonly Token[], from: number, sentence: Sentence): number {
  const { conditions } = positionLexicon();
  const after = tokens[from]?.start ?? Number.POSITIVE_INFINITY;
  const attributionStarts = ctx.attributionStarts.filter((x) => x > after);
  const limit = Math.min(sentence.tokenEnd, from + MAX_COMPLEMENT);
  for (let i = from; i < limit; i++) {
    const t = tokens[i];
    if (HARD_BREAKS.has(t.norm) || conditions.matchAt(tokens, i, limit)) return i;
    if (attributionStarts.some((s) => s >= t.start && s < t.end)) return trimComma(tokens, from, i);
  }
  return limit;
}

/** The first verb or auxiliary after the phrase's first word, where a gerund ("insistence on
 * keeping troops") or a participle ("prisoners held by") may not end it. */
function nounPhraseEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i];
    if (t.pos === "AUX" || (t.pos === "VERB" && !t.norm.endsWith("ing") && !isParticiple(tokens, i)))
      return i;
  }
  return to;
}

/** "the prisoners held by Israel": a past form right after a noun, before "by" or a preposition. */
function isParticiple(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return previous?.pos === "NOUN" && (next?.pos === "ADP" || next === undefined);
}

function trimComma(tokens: readonly Token[], from: number, i: number): number {
  return i > from && tokens[i - 1].norm === "," ? i - 1 : i;
}

/** List items of a complement: "a pullback of troops, an amnesty, a truce, and …". */
function splitItems(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const { listBreaks } = positionLexicon();
  const items: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const n = listBreaks.matchAt(tokens, i, to);
    if (!n) continue;
    if (i > start) items.push([start, i]);
    start = i + n;
    i += n - 1;
  }
  if (to > start) items.push([start, to]);
  return items;
}

/** "the proposal", "that demand", "any such clause"; not a that-clause ("demanded that the money
 * be paid"). */
function startsAnaphoric(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to || positionLexicon().anaphoric.matchAt(tokens, from, to) === 0) return false;
  return tokens[from].norm !== "that" || !opensClause(tokens, from, to);
}

/** "that the money be paid", "that salaries be paid": "that" opens a clause with its own verb. */
function opensClause(tokens: readonly Token[], that: number, to: number): boolean {
  if (CLAUSE_SUBJECT_TAGS.has(tokens[that + 1]?.pos ?? "")) return true;
  for (let i = that + 2; i < Math.min(to, that + 4); i++) {
    if (tokens[i].pos === "PUNCT") return false;
    if (tokens[i].pos === "VERB" || tokens[i].pos === "AUX") return true;
  }
  return false;
}

/** Tags that open the subject of a that-clause. */
const CLAUSE_SUBJECT_TAGS = new Set(["DET", "PROPN", "PRON", "ADJ", "NUM"]);

/** "if the shelling of the port stops": condition clauses after the cue. */
function conditionsIn(ctx: Context, sentence: Sentence, cue: number): Span[] {
  const { tokens, analysis } = ctx;
  const { conditions } = positionLexicon();
  const found: Span[] = [];
  for (let i = cue + 1; i < sentence.tokenEnd; i++) {
    if (!conditions.matchAt(tokens, i, sentence.tokenEnd)) continue;
    let j = i + 1;
    while (
      j < sentence.tokenEnd &&
      tokens[j].norm !== "," &&
      tokens[j].norm !== ";" &&
      tokens[j].norm !== "."
    )
      j++;
    // ", provided …" starts at its comma; the condition starts at the marker word.
    const from = tokens[i].norm === "," ? i + 1 : i;
    if (j > i + 1) found.push(spanOf(analysis.model.text, tokens[from].start, tokens[j - 1].end));
    i = j;
  }
  return found;
}

/** A threat's "if … not released" clause is the threatening party's demand. */
function threatConditions(ctx: Context): void {
  const { analysis, tokens } = ctx;
  const { conditions } = positionLexicon();
  for (const event of analysis.events ?? []) {
    if (event.type !== "threat" || !event.actors.length) continue;
    const sentence = analysis.model.sentences[tokens[tokenAt(analysis.model, event.evidence.start)].sentence];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!conditions.matchAt(tokens, i, sentence.tokenEnd)) continue;
      let j = i + 1;
      while (j < sentence.tokenEnd && tokens[j].norm !== ",") j++;
      const issue = issueOf(tokens, i + 1, j);
      if (!issue) continue;
      // A negated condition already read with its clause subject as the party.
      if (ctx.positions.some((p) => p.evidence.start === sentence.start && p.issue === issue.issue)) break;
      const actor = articleActors(analysis).find((a) => actorName(analysis, a).id === event.actors[0]);
      if (!actor) continue;
      const stated = { sentence, party: actor, stance: "demand", rules: ["pos.threat_condition"], at: i };
      addPosition(ctx, stated, issue, [i, j]);
      break;
    }
  }
}

/** One position per party, issue, stance and source in an article. */
function dedupe(positions: readonly Position[]): Position[] {
  const seen = new Set<string>();
  return positions.filter((p) => {
    const key = [p.party.toLowerCase(), p.issue, p.stance, p.source.text ?? p.source.kind].join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
