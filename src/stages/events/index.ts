// Events stage: negotiation events of the TAXONOMY types. Trigger rules find mentions; each is
// read for status, actors, place and date; mentions of one happening are merged (same type, one
// sentence, or shared actors with no conflicting date and not presented as a new happening, or a
// mention that points back), keeping the most detailed mention as evidence. A negated mention is denied; refusals, failures, wishes and counterfactuals
// go to hypotheticalEvents or are dropped.
import type { Analysis, NegotiationEvent } from "../../layers.ts";
import { isNegotiationText, matchSentence } from "./match.ts";
import { type EventMention, itemSource, readMention } from "./mention.ts";
import { triggers } from "./rules.ts";

export function extractEvents(analysis: Analysis): void {
  const mentions: EventMention[] = [];
  const { model } = analysis;
  const negotiationArticle = isNegotiationText(model.tokens);
  model.sentences.forEach((sentence, index) => {
    const before = model.sentences[index - 1];
    const previous = before?.paragraph === sentence.paragraph ? before : null;
    for (const match of matchSentence(model.tokens, sentence, negotiationArticle, previous))
      mentions.push(readMention(analysis, index, match));
  });
  const reported = mentions.filter(isReported).map(deniedByNegation);
  const hypothetical = mentions.filter((m) => m.status === "hypothetical" && !isReported(m));
  analysis.events = mergeMentions(reported).map((group, i) => toEvent(group, `ev${i + 1}`));
  analysis.hypotheticalEvents = hypothetical.map((m, i) => toEvent([m], `hy${i + 1}`));
}

/** The happenings the article reports: what occurred, is planned, alleged or denied, and what a
 * plan or a conditional main clause says would happen ("the plan would see X released", "the
 * group would pull back only if …"). Refusals, failures, wishes and counterfactuals are not. */
function isReported(m: EventMention): boolean {
  if (m.status === "negated") return m.rules.includes("ev.status.negated");
  if (m.status === "hypothetical") return REPORTED_HYPOTHETICALS.has(m.rules[1]);
  return true;
}

const REPORTED_HYPOTHETICALS = new Set(["ev.status.modal"]);

/** "The rebels did not reject the plan": a rejection said not to have happened. */
function deniedByNegation(m: EventMention): EventMention {
  return m.status === "negated" ? { ...m, status: "denied" } : m;
}

/** Groups mentions of one happening; body mentions come before the title's. */
function mergeMentions(mentions: readonly EventMention[]): EventMention[][] {
  const ordered = [...mentions.filter((m) => !m.inTitle), ...mentions.filter((m) => m.inTitle)];
  const groups: EventMention[][] = [];
  for (const m of ordered) {
    // A headline restates the article's lead: it joins the first body event of its type.
    const group = m.inTitle
      ? groups.find((g) => g[0].type === m.type)
      : groups.find((g) => g.every((other) => sameHappening(other, m)));
    if (group) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

function sameHappening(a: EventMention, b: EventMention): boolean {
  if (a.type !== b.type) return false;
  // "accused the militia of breaking the truce": two triggers, one happening.
  if (a.sentence === b.sentence) return true;
  if (b.sequenced && !b.inTitle) return false;
  if (planned(a) !== planned(b)) return false;
  if (a.date?.resolved && b.date?.resolved && a.date.resolved !== b.date.resolved) return false;
  // Without actors on both sides, only a mention that points back ("that attack") is the same one.
  if (!a.actors.length || !b.actors.length) return b.anaphoric;
  return a.actors.some((x) => b.actors.some((y) => y.id === x.id));
}

const planned = (m: EventMention) => m.status === "planned";

/** The most detailed mention speaks for the group: actors, recipients, place and date. */
function detail(m: EventMention): number {
  return m.actors.length + m.recipients.length + (m.place ? 1 : 0) + (m.date ? 1 : 0) - (m.inTitle ? 10 : 0);
}

function toEvent(group: EventMention[], id: string): NegotiationEvent {
  const best = group.reduce((a, b) => (detail(b) > detail(a) ? b : a));
  const mapping = triggers().types[best.type];
  const actors = best.actors.length ? best.actors : (group.find((m) => m.actors.length)?.actors ?? []);
  return {
    id,
    type: best.type,
    status: groupStatus(group, best),
    actors: actors.map((a) => a.id),
    actorsText: actors.map((a) => a.text),
    recipients: best.recipients.map((a) => a.id),
    recipientsText: best.recipients.map((a) => a.text),
    place: best.place?.id ?? group.find((m) => m.place)?.place?.id ?? null,
    placeText: best.place?.text ?? group.find((m) => m.place)?.place?.text ?? null,
    date: best.date ?? group.find((m) => m.date)?.date ?? null,
    evidence: best.evidence,
    trigger: { ...best.trigger, rule: best.triggerRule },
    attribution: best.attribution?.id ?? null,
    source: itemSource(
      best.attribution,
      actors.map((a) => a.text),
    ),
    plover: { event: mapping.plover, mode: mapping.mode },
    cameo: mapping.cameo,
    mentions: group.filter((m) => m !== best).map((m) => m.trigger),
    rules: [...new Set(group.flatMap((m) => m.rules))],
  };
}

/** One side claims it, another denies it: the happening is alleged (disputed). */
function groupStatus(group: readonly EventMention[], best: EventMention): NegotiationEvent["status"] {
  const denied = group.some((m) => m.status === "denied");
  if (denied && group.some((m) => m.status !== "denied")) return "alleged";
  return best.status === "negated" ? "denied" : best.status;
}
