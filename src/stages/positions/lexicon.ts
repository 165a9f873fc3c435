// Stance cues and issue words (lexicon/data/stance-cues.json, issue-words.json), compiled once.
import { loadLexicon } from "../../lexicon/load.ts";
import { WordSet } from "../../text/vocabulary.ts";
import type { Token } from "../../types.ts";
import { PhraseIndex, PhraseSet } from "../events/words.ts";

export interface StanceCue {
  id: string;
  /** null: the cue states a stance only when negated ("would not negotiate"). */
  stance: string | null;
  negated: string | null;
  nominal: boolean;
  infinitive: boolean;
  /** What the cue is about stands before it: "the lifting of sanctions was a precondition". */
  objectBefore: boolean;
  /** The issue the cue itself names ("agreed to leave" is about withdrawal), if any. */
  issue: string | null;
}

interface CueData {
  cues: {
    id: string;
    stance: string | null;
    negated: string | null;
    nominal?: boolean;
    object?: string;
    issue?: string;
    forms: string[];
  }[];
  condition_markers: string[];
  list_breaks: string[];
  anaphoric_objects: string[];
  person_possessives: string[];
  speaker_pronouns: string[];
  group_possessives: string[];
  negative_condition_markers: string[];
  refusal_conditions: string[];
  negators: string[];
  force_nouns: string[];
  wish_verbs: string[];
  party_descriptions: { heads: string[]; subtypes: string[]; unknown_organizations?: boolean }[];
}

interface IssueData {
  words: Record<string, string[]>;
  compound: { id: string; issue: string; all: string[][] }[];
}

function compile() {
  const cueData = loadLexicon<CueData>("stance-cues");
  const issueData = loadLexicon<IssueData>("issue-words");
  const cueForms: [string, StanceCue][] = [];
  for (const c of cueData.cues) {
    const cue = {
      id: c.id,
      stance: c.stance,
      negated: c.negated,
      nominal: c.nominal ?? false,
      infinitive: c.object === "infinitive",
      objectBefore: c.object === "before",
      issue: c.issue ?? null,
    };
    for (const form of c.forms) cueForms.push([form, cue]);
  }
  const { general, ...specific } = issueData.words;
  const everyIssueWord = [
    ...Object.values(issueData.words).flat(),
    ...issueData.compound.flatMap((c) => c.all[0]),
  ];
  return {
    cues: new PhraseIndex(cueForms),
    conditions: new PhraseSet(cueData.condition_markers),
    listBreaks: new PhraseSet(cueData.list_breaks),
    anaphoric: new PhraseSet(cueData.anaphoric_objects),
    personPossessives: new WordSet(cueData.person_possessives),
    speakerPronouns: new WordSet(cueData.speaker_pronouns),
    groupPossessives: new WordSet(cueData.group_possessives),
    negativeConditions: new PhraseSet(cueData.negative_condition_markers),
    refusalConditions: new PhraseSet(cueData.refusal_conditions),
    negators: new WordSet(cueData.negators),
    forceNouns: new WordSet(cueData.force_nouns),
    wishVerbs: new WordSet(cueData.wish_verbs),
    partyDescriptions: cueData.party_descriptions.map((d) => ({
      heads: new PhraseSet(d.heads),
      subtypes: new Set(d.subtypes),
      unknownOrganizations: d.unknown_organizations ?? false,
    })),
    issues: Object.entries(specific).map(([issue, words]) => ({ issue, words: new PhraseSet(words) })),
    general: new PhraseSet(general ?? []),
    anyIssue: new PhraseSet(everyIssueWord),
    compound: issueData.compound.map((c) => ({
      id: c.id,
      issue: c.issue,
      groups: c.all.map((g) => new PhraseSet(g)),
    })),
  };
}

let compiled: ReturnType<typeof compile> | null = null;

export function positionLexicon() {
  compiled ??= compile();
  return compiled;
}

/** The first token in [from, to) where a stance cue may start, or -1. */
export function nextCueStart(tokens: readonly Token[], from: number, to: number): number {
  return positionLexicon().cues.nextStart(tokens, from, to);
}

/** The longest stance cue starting at token `i`, with its length. */
export function cueAt(
  tokens: readonly Token[],
  i: number,
  end: number,
): { cue: StanceCue; length: number } | null {
  const found = positionLexicon().cues.match(tokens, i, end);
  return found && { cue: found.value, length: found.phrase.length };
}

/** The issue of a token range: a compound rule, else the first specific issue word, else general. */
export function issueOf(
  tokens: readonly Token[],
  from: number,
  to: number,
): { issue: string; rule: string } | null {
  const lex = positionLexicon();
  for (const c of lex.compound)
    if (c.groups.every((g) => g.findIn(tokens, from, to) >= 0)) return { issue: c.issue, rule: c.id };
  let best: { issue: string; at: number } | null = null;
  for (const { issue, words } of lex.issues) {
    const at = words.findIn(tokens, from, to);
    if (at >= 0 && (!best || at < best.at)) best = { issue, at };
  }
  if (best) return { issue: best.issue, rule: `pos.issue.${best.issue}` };
  return lex.general.findIn(tokens, from, to) >= 0 ? { issue: "general", rule: "pos.issue.general" } : null;
}

/** Whether any issue word (or the first word group of a compound rule) lies in the range. */
export function mentionsIssue(tokens: readonly Token[], from: number, to: number): boolean {
  return positionLexicon().anyIssue.findIn(tokens, from, to) >= 0;
}
