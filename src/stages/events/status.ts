// The status of an event mention from the words around its trigger: negation in its verb group,
// modals, conditional clauses ("if …", "had the army agreed"), hedges, infinitival complements of
// planning verbs ("due to fly") or of wishes ("urging Moscow to negotiate"), progressive
// aspect, and accusation or denial frames.
import type { NegotiationEvent } from "../../layers.ts";
import type { Token } from "../../types.ts";
import { statusSet, statusWords } from "./words.ts";

export type Status = NegotiationEvent["status"] | "negated";

export interface StatusReading {
  status: Status;
  rule: string;
}

const has = (name: string, tokens: readonly Token[], i: number, end: number) =>
  statusWords(name).matchAt(tokens, i, end) > 0;

/** Start of the verb group ending just before `trigger`: auxiliaries, adverbs, negators, "to". */
export function verbGroupStart(tokens: readonly Token[], floor: number, trigger: number): number {
  let i = trigger;
  while (i - 1 >= floor) {
    const t = tokens[i - 1];
    if (!has("verb_group", tokens, i - 1, i) && t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART") break;
    i--;
  }
  return i;
}

/** The clause of the trigger: back to the last clause break, forward to the next one. */
export function clauseStart(tokens: readonly Token[], floor: number, trigger: number): number {
  for (let i = trigger - 1; i >= floor; i--) {
    const n = tokens[i].norm;
    if (n === ";" || n === ":" || n === "—" || n === "–" || n === '"' || n === "(") return i + 1;
    if (
      n === "," &&
      i > floor &&
      (tokens[i + 1]?.pos === "PRON" || has("conditionals", tokens, i + 1, i + 2))
    )
      return i + 1;
  }
  return floor;
}

export function readStatus(
  tokens: readonly Token[],
  sentence: { tokenStart: number; tokenEnd: number },
  trigger: number,
  triggerEnd: number,
  futureDate: boolean,
): StatusReading {
  const floor = sentence.tokenStart;
  const group = verbGroupStart(tokens, floor, trigger);
  const groupWords = tokens.slice(group, trigger).map((t) => t.norm);
  const clause = clauseStart(tokens, floor, trigger);
  const negation = negationRule(tokens, group, trigger, clause);
  const conditional = conditionalReading(tokens, floor, clause, group, trigger);
  // "if the prisoners are not freed": a condition, not a denial.
  if (negation) return { status: "negated", rule: conditional ? "ev.status.negated_condition" : negation };
  if (isDenied(tokens, clause, trigger)) return { status: "denied", rule: "ev.status.denial_frame" };
  if (conditional) return conditional;
  if (groupWords.includes("to")) return infinitiveReading(tokens, floor, group);
  if (groupWords.some((w) => statusSet("modals_hypothetical").has(w))) {
    if (groupWords.includes("have")) return { status: "hypothetical", rule: "ev.status.would_have" };
    if (futureDate) return { status: "planned", rule: "ev.status.modal_with_future_date" };
    return reducedRelative(tokens, floor, group)
      ? { status: "hypothetical", rule: "ev.status.modal_relative" }
      : { status: "hypothetical", rule: "ev.status.modal" };
  }
  if (hedged(tokens, clause, triggerEnd)) return { status: "hypothetical", rule: "ev.status.hedge" };
  if (groupWords.some((w) => statusSet("modals_future").has(w)))
    return { status: "planned", rule: "ev.status.future" };
  if (isAlleged(tokens, floor, trigger)) return { status: "alleged", rule: "ev.status.allegation_frame" };
  if (progressive(tokens, group, trigger)) return { status: "ongoing", rule: "ev.status.progressive" };
  if (futureDate) return { status: "planned", rule: "ev.status.future_date" };
  return { status: "occurred", rule: "ev.status.default" };
}

/** Why the trigger is negated, or null: its verb group says it did not happen ("did not reject":
 * ev.status.negated), or it is refused or failed ("would not return", "failed to reach", "no
 * interest in concluding": the other rules). */
function negationRule(
  tokens: readonly Token[],
  group: number,
  trigger: number,
  clause: number,
): string | null {
  for (let i = group; i < trigger; i++)
    if (has("negators", tokens, i, i + 1))
      return modalIn(tokens, group, trigger) ? "ev.status.negated_modal" : "ev.status.negated";
  // "is not willing to wait and accept": a negation of the first of two coordinated verbs.
  const before = tokens[group - 1];
  if (group - 1 > clause && (before.norm === "and" || before.norm === "or")) {
    for (let i = group - 2; i >= Math.max(clause, group - 7); i--)
      if (has("negators", tokens, i, i + 1)) return "ev.status.negated_coordination";
  }
  // "failed to reach", "has yet to sign", "refused to release", "no intention of signing"
  const from = Math.max(clause, group - 4);
  for (let i = from; i < trigger; i++)
    if (has("negating_phrases", tokens, i, trigger)) return "ev.status.negating_phrase";
  for (let i = Math.max(clause, trigger - 4); i < trigger; i++)
    if (tokens[i].norm === "no") return "ev.status.no_object";
  return null;
}

function modalIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (statusSet("modals_hypothetical").at(tokens, i) || statusSet("modals_future").at(tokens, i))
      return true;
  return false;
}

function isDenied(tokens: readonly Token[], clause: number, trigger: number): boolean {
  for (let i = Math.max(0, clause - 6); i < trigger; i++)
    if (has("denial_cues", tokens, i, trigger)) return true;
  return false;
}

/** An allegation cue before the trigger, or the trigger itself ("accused each other of striking"). */
function isAlleged(tokens: readonly Token[], floor: number, trigger: number): boolean {
  for (let i = Math.max(floor, trigger - 8); i <= trigger; i++)
    if (has("allegation_cues", tokens, i, trigger + 1)) return true;
  return false;
}

function hedged(tokens: readonly Token[], clause: number, triggerEnd: number): boolean {
  for (let i = clause; i < triggerEnd; i++) if (has("hedges", tokens, i, i + 1)) return true;
  return false;
}

function progressive(tokens: readonly Token[], group: number, trigger: number): boolean {
  if (!tokens[trigger].norm.endsWith("ing")) return false;
  for (let i = group; i < trigger; i++)
    if (/^(is|are|was|were|been|'s|'re)$/.test(tokens[i].norm)) return true;
  return false;
}

/** "a list of the detainees it would free": a clause describing a noun, with its subject pronoun
 * right after the noun. */
function reducedRelative(tokens: readonly Token[], floor: number, group: number): boolean {
  return group - 2 >= floor && tokens[group - 1].pos === "PRON" && tokens[group - 2].pos === "NOUN";
}

/** "if the prisoners are not freed", "unless…", and inverted "had the army agreed". */
function conditionalReading(
  tokens: readonly Token[],
  floor: number,
  clause: number,
  group: number,
  trigger: number,
): StatusReading | null {
  for (let i = trigger - 1; i >= floor; i--) {
    const n = tokens[i].norm;
    // "until the rebels free the journalists who were abducted": a relative clause tells what happened.
    if (n === "," || n === ";" || statusSet("relative_pronouns").at(tokens, i)) break;
    if (has("conditionals", tokens, i, i + 1) || (n === "until" && negatorBefore(tokens, floor, i)))
      return { status: "hypothetical", rule: "ev.status.conditional_clause" };
  }
  const before = group - 1;
  if (
    before - 1 >= clause &&
    (tokens[before].pos === "PROPN" || tokens[before].pos === "PRON") &&
    tokens[before - 1].norm === "had"
  )
    return { status: "hypothetical", rule: "ev.status.inverted_conditional" };
  return null;
}

/** "would not return to the table until the group freed the hostages": after a negation, "until"
 * states a condition. */
function negatorBefore(tokens: readonly Token[], floor: number, until: number): boolean {
  for (let i = until - 1; i >= floor; i--) {
    const n = tokens[i].norm;
    if (n === "," || n === ";") return false;
    if (has("negators", tokens, i, i + 1)) return true;
  }
  return false;
}

/** "set to travel" is planned; "began to talk" happened; "pressing X to negotiate" is only wished. */
function infinitiveReading(tokens: readonly Token[], floor: number, group: number): StatusReading {
  let to = group;
  while (tokens[to].norm !== "to") to++;
  for (let i = to - 1; i >= Math.max(floor, to - 3); i--) {
    if (has("plan_governors", tokens, i, i + 1))
      return { status: "planned", rule: "ev.status.plan_infinitive" };
    if (has("occurred_governors", tokens, i, i + 1))
      return { status: "occurred", rule: "ev.status.aspect_infinitive" };
    if (tokens[i].pos === "VERB" || tokens[i].pos === "ADJ") break;
  }
  return { status: "hypothetical", rule: "ev.status.wish_infinitive" };
}
