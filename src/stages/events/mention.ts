// One event mention: a trigger match read in its sentence — status, actors, recipients, place,
// date, and the attribution whose content holds it.
import type { Analysis, Attribution, DateMention, ItemSource } from "../../layers.ts";
import { spanOf } from "../../text/model.ts";
import type { Sentence, Span, Token } from "../../types.ts";
import {
  type Actor,
  actorName,
  actorsIn,
  articleActors,
  beforeModifiers,
  entityOf,
  subjectBefore,
  withPairPartners,
} from "./actors.ts";
import type { TriggerMatch } from "./match.ts";
import { readStatus, type Status, type StatusReading } from "./status.ts";
import { negotiationWords, statusSet, statusWords } from "./words.ts";

export interface EventMention {
  type: string;
  status: Status;
  rules: string[];
  trigger: Span;
  triggerRule: string;
  sentence: number;
  evidence: Span;
  inTitle: boolean;
  actors: { id: string; text: string }[];
  recipients: { id: string; text: string }[];
  place: { id: string; text: string } | null;
  date: DateMention | null;
  attribution: Attribution | null;
  /** "later", "again", "another": the text presents it as a new happening. */
  sequenced: boolean;
  /** "that attack", "the same deal": the text points back at a happening already told. */
  anaphoric: boolean;
}

const RECIPIENT_MARKERS = new Set(["to", "with"]);
const PLACE_MARKERS = new Set(["in", "at"]);

export function readMention(analysis: Analysis, sentenceIndex: number, match: TriggerMatch): EventMention {
  const { model } = analysis;
  const { tokens, text } = model;
  const sentence = model.sentences[sentenceIndex];
  const trigger = spanOf(text, tokens[match.first].start, tokens[match.end - 1].end);
  const date = nearestDate(analysis.dates ?? [], sentence, trigger.start);
  const at = statusAnchor(tokens, sentence, match);
  const { type, reading } = classify(
    match,
    readStatus(tokens, sentence, at, at + 1, date?.lean === "future"),
    tokens,
    sentence,
  );
  const actors = articleActors(analysis);
  const inSentence = actorsIn(actors, sentence.tokenStart, sentence.tokenEnd).filter(
    (a) => !isDateWord(a, date, tokens),
  );
  const subject = subjectBefore(tokens, inSentence, sentence.tokenStart, match.first);
  const after = inSentence.filter((a) => a.first >= match.end);
  return {
    type,
    status: reading.status,
    rules: [match.rule.id, reading.rule],
    trigger,
    triggerRule: match.rule.id,
    sentence: sentenceIndex,
    evidence: spanOf(text, sentence.start, sentence.end),
    inTitle: analysis.document.title !== null && sentence.start < analysis.document.title.end,
    actors: uniqueNames(
      analysis,
      match.rule.accusedActor
        ? after.slice(0, 1)
        : [...(subject ? subjectGroup(tokens, inSentence, subject) : []), ...agents(tokens, after)],
    ),
    recipients: uniqueNames(
      analysis,
      after.filter((a) => marker(tokens, a, RECIPIENT_MARKERS)),
    ),
    place: placeOf(analysis, tokens, inSentence),
    date,
    attribution: containingAttribution(analysis.attributions, trigger.start),
    sequenced: sequenced(tokens, match.first, match.end, sentence),
    anaphoric: pointsBack(tokens, match.first, sentence),
  };
}

/** The subject with what it stands for or is coordinated with: "India and Pakistan held talks",
 * "the two sides agreed". */
function subjectGroup(tokens: readonly Token[], actors: readonly Actor[], subject: Actor): Actor[] {
  const group = withPairPartners(actors, subject);
  const and = beforeModifiers(tokens, subject.first, 0);
  const before = tokens[and]?.norm === "and" ? actors.find((a) => a.last === and - 1) : undefined;
  return before && before.kind === "name" && subject.kind === "name" ? [before, ...group] : group;
}

/** A nominal or prepositional trigger ("for talks", "a Kenyan proposal") takes its status from
 * the verb it hangs on ("would fly … for talks", "rejected a Kenyan proposal"). */
function statusAnchor(tokens: readonly Token[], sentence: Sentence, match: TriggerMatch): number {
  const pos = tokens[match.first].pos;
  if (pos !== "ADP" && pos !== "NOUN") return match.first;
  for (let i = match.first - 1; i >= Math.max(sentence.tokenStart, match.first - 8); i--) {
    const t = tokens[i];
    if (t.norm === "," || t.norm === ";" || t.norm === ":") break;
    if (t.pos === "VERB") return i;
  }
  return match.first;
}

/** The type and status of a mention, from its rule and its status reading: a warning of a walk-out
 * is a threat, a refusal until something happens is a demand, and the retypings below. */
function classify(
  match: TriggerMatch,
  status: StatusReading,
  tokens: readonly Token[],
  sentence: Sentence,
): { type: string; reading: StatusReading } {
  if (threatened(match, status, tokens, sentence)) return { type: "threat", reading: threatStands(status) };
  if (refusedUntil(match, status, tokens, sentence))
    return { type: "demand", reading: { status: "occurred", rule: "ev.status.refusal_until" } };
  return { type: retype(match, tokens, sentence), reading: status };
}

/** "The delegation would not return to the table until the group freed the hostages": the refusal
 * states a demand. */
function refusedUntil(
  match: TriggerMatch,
  reading: StatusReading,
  tokens: readonly Token[],
  sentence: Sentence,
): boolean {
  if (reading.rule !== "ev.status.negated_modal") return false;
  for (let i = match.end; i < sentence.tokenEnd; i++)
    if (statusSet("demand_conditions").at(tokens, i)) return true;
  return false;
}

/** A talks trigger after a mediation cue ("acting as a go-between …, holding meetings") is mediation;
 * an attack during a truce ("since the truce began", "despite the ceasefire") is a violation. */
function retype(match: TriggerMatch, tokens: readonly Token[], sentence: Sentence): string {
  const { type } = match.rule;
  if (
    type === "talks" &&
    negotiationWords("mediation_cues").findIn(
      tokens,
      coordinateClauseStart(tokens, sentence, match.first),
      match.first,
    ) >= 0
  )
    return "mediation";
  if (type === "military_action" && duringTruce(tokens, sentence)) return "truce_violation";
  return type;
}

/** Where the coordinate clause of token `i` starts: after ", and", ", but" or ";". */
function coordinateClauseStart(tokens: readonly Token[], sentence: Sentence, i: number): number {
  for (let k = i - 1; k > sentence.tokenStart; k--) {
    const n = tokens[k].norm;
    if (n === ";") return k + 1;
    if (n === "," && (tokens[k + 1].norm === "and" || tokens[k + 1].norm === "but")) return k + 2;
  }
  return sentence.tokenStart;
}

function duringTruce(tokens: readonly Token[], sentence: Sentence): boolean {
  const truce = negotiationWords("truce");
  for (let i = sentence.tokenStart; i < sentence.tokenEnd - 1; i++) {
    const n = tokens[i].norm;
    if (n !== "since" && n !== "despite" && n !== "during") continue;
    // "despite the Easter truce": the truce word within a determiner and a modifier.
    for (let j = i + 1; j < Math.min(sentence.tokenEnd, i + 4); j++) {
      if (truce.matchAt(tokens, j, sentence.tokenEnd)) return true;
      if (tokens[j].pos !== "DET" && tokens[j].pos !== "PROPN" && tokens[j].pos !== "ADJ") break;
    }
  }
  return false;
}

/** "by X" after a passive trigger names its agent. */
function agents(tokens: readonly Token[], after: readonly Actor[]): Actor[] {
  return after.filter((a) => a.first > 0 && tokens[a.first - 1].norm === "by").slice(0, 1);
}

function marker(tokens: readonly Token[], a: Actor, markers: Set<string>): boolean {
  let i = a.first - 1;
  while (i >= 0 && (tokens[i].pos === "DET" || tokens[i].pos === "ADJ")) i--;
  return i >= 0 && markers.has(tokens[i].norm);
}

function placeOf(
  analysis: Analysis,
  tokens: readonly Token[],
  actors: readonly Actor[],
): { id: string; text: string } | null {
  const typed = analysis.mentions.length > 0;
  for (const a of actors) {
    if (!marker(tokens, a, PLACE_MARKERS)) continue;
    if (typed) {
      const entity = a.entity ? entityOf(analysis, a.entity) : undefined;
      if (entity?.type !== "place") continue;
    }
    return actorName(analysis, a);
  }
  return null;
}

function uniqueNames(analysis: Analysis, actors: readonly Actor[]): { id: string; text: string }[] {
  const seen = new Set<string>();
  const out: { id: string; text: string }[] = [];
  for (const a of actors) {
    const name = actorName(analysis, a);
    if (seen.has(name.id)) continue;
    seen.add(name.id);
    out.push(name);
  }
  return out;
}

function isDateWord(a: Actor, date: DateMention | null, tokens: readonly Token[]): boolean {
  return date !== null && tokens[a.first].start >= date.start && tokens[a.last].end <= date.end;
}

function nearestDate(dates: readonly DateMention[], sentence: Sentence, offset: number): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    if (!best || Math.abs(d.start - offset) < Math.abs(best.start - offset)) best = d;
  }
  return best;
}

/** The innermost attribution whose content holds the offset. */
export function containingAttribution(
  attributions: readonly Attribution[],
  offset: number,
): Attribution | null {
  let best: Attribution | null = null;
  for (const a of attributions) {
    if (offset < a.content.start || offset >= a.content.end) continue;
    if (a.content.spans && !a.content.spans.some(([s, e]) => offset >= s && offset < e)) continue;
    if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
  }
  return best;
}

/** Who states the item: the party itself, a third party, or the author (no attribution). */
export function itemSource(attribution: Attribution | null, parties: readonly string[]): ItemSource {
  if (!attribution?.source)
    return {
      kind: attribution ? "third_party" : "author",
      attribution: attribution?.id ?? null,
      entity: null,
      text: null,
    };
  const s = attribution.source;
  const who = [s.entity, s.affiliation, s.resolvedFrom?.text, s.text]
    .filter((x): x is string => !!x)
    .map((x) => x.toLowerCase());
  const own = parties.some((p) => who.some((w) => w === p.toLowerCase() || w.includes(p.toLowerCase())));
  return {
    kind: own ? "party" : "third_party",
    attribution: attribution.id,
    entity: s.entity,
    text: s.resolvedFrom?.text ?? s.text,
  };
}

/** A sequencing cue close to the trigger: "another round of talks", "a day later the ceasefire collapsed". */
function sequenced(tokens: readonly Token[], first: number, end: number, sentence: Sentence): boolean {
  const cues = statusSet("sequence_cues");
  const from = Math.max(sentence.tokenStart, first - 5);
  const to = Math.min(sentence.tokenEnd, end + 3);
  for (let i = from; i < to; i++) if (cues.at(tokens, i)) return true;
  return false;
}

/** A demonstrative just before the trigger: "That raid broke the truce". */
function pointsBack(tokens: readonly Token[], first: number, sentence: Sentence): boolean {
  const cues = statusSet("anaphora_cues");
  for (let i = first - 1; i >= Math.max(sentence.tokenStart, first - 4); i--)
    if (cues.at(tokens, i)) return true;
  return false;
}

/** A threat is conditional by nature ("if …, the offensive would restart"): the threat itself was made. */
function threatStands(reading: StatusReading): StatusReading {
  if (reading.status !== "hypothetical" && reading.status !== "planned") return reading;
  return { status: "occurred", rule: "ev.status.threat_made" };
}

/** "X could resume fighting", "Russia might walk out of the talks", "if …, the army will resume its
 * offensive": a party's possible or conditional walk-out or return to war is a threat. */
function threatened(
  match: TriggerMatch,
  reading: StatusReading,
  tokens: readonly Token[],
  sentence: Sentence,
): boolean {
  if (!match.rule.party || !THREAT_TYPES.has(match.rule.type)) return false;
  if (reading.rule === "ev.status.modal") return true;
  return (
    reading.rule === "ev.status.future" &&
    statusWords("conditionals").findIn(tokens, sentence.tokenStart, sentence.tokenEnd) >= 0
  );
}

const THREAT_TYPES = new Set(["truce_collapse", "talks_suspended"]);
