// Resolution stage: links attribution sources and relays to entities, resolves pronouns ("he")
// and descriptions ("the official" → the earlier "a senior Israeli official", still unnamed),
// names described relays ("the broadcaster" → ABC News) and carries an interview's relay over to
// the same speaker's later statements.
import type { Analysis, Attribution, Mention, SourceRef } from "../../layers.ts";
import type { Span } from "../../types.ts";
import {
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  RELATIVE_SOURCE,
  THING_PRONOUNS,
} from "../attributions/lexicon.ts";
import { describedPersonBefore } from "./described.ts";
import { adoptSource, resolveIssuer } from "./issuers.ts";
import { carryRelays, nameRelays } from "./relays.ts";
import { speakerKey } from "./speakers.ts";

/** How far back (in characters) a pronoun or description looks for what it stands for. */
const REACH = 2500;

export function resolveSources(analysis: Analysis): void {
  const { attributions, mentions } = analysis;
  for (const a of attributions) if (a.source) linkToEntity(analysis, a.source);
  for (let i = 0; i < attributions.length; i++) {
    const source = attributions[i].source;
    if (!source) continue;
    if (source.kind === "pronoun") resolvePronoun(attributions, i, mentions, analysis);
    else if (source.kind === "unnamed" || source.kind === "document") {
      resolveDescription(attributions, i);
      resolveIssuer(analysis, source);
    }
  }
  nameRelays(analysis);
  carryRelays(analysis, speakerKey);
}

function linkToEntity(analysis: Analysis, source: SourceRef): void {
  const mention = appositiveName(analysis.mentions, source) ?? headMention(analysis.mentions, source);
  if (!mention?.entity) return;
  if (source.kind === "unnamed" && mention.type === "person" && mention.kind !== "name") return;
  if (source.kind !== "named" && source.kind !== "pronoun" && mention.kind !== "name") return;
  source.entity = mention.entity;
  const entity = analysis.entities.find((e) => e.id === mention.entity);
  source.name = entity?.name ?? mention.text;
  if (source.kind === "unnamed" || source.kind === "document") {
    source.kind = "named";
    source.anonymous = false;
  }
}

/** The longest mention with an entity that covers the source's head word: in "Ukrainian President
 * X Y" the name, not the longer title before it. */
function headMention(mentions: Mention[], source: SourceRef): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= source.end) break;
    if (m.end <= source.start || !m.entity || !coversHead(source, m)) continue;
    if (!best || m.end - m.start > best.end - best.start) best = m;
  }
  return best;
}

/** "Its adviser, Youssef Ezzat": a role, then the person's name in apposition after the comma. */
function appositiveName(mentions: Mention[], source: SourceRef): Mention | null {
  const comma = source.text.indexOf(",");
  if (comma < 0) return null;
  const from = source.start + comma;
  for (const m of mentions) {
    if (m.start >= source.end) break;
    // the name right after the comma ("Its adviser, Youssef Ezzat"), not one further in
    // ("The delegation, led by Chatchai Wongsuwan")
    const rightAfter = m.start > from && /^[\s,]*$/.test(source.text.slice(comma, m.start - source.start));
    if (rightAfter && m.end <= source.end && m.type === "person" && m.kind === "name" && m.entity) return m;
  }
  return null;
}

/** A description's words before its modifier: "a local official in Gao" is an official, not Gao. */
function headPhrase(core: string): string {
  const described = DESCRIPTION_START.exec(core);
  if (!described) return core;
  const modifier = DESCRIPTION_MODIFIER.exec(core.slice(described[0].length));
  return modifier ? core.slice(0, described[0].length + modifier.index) : core;
}

const DESCRIPTION_START = /^(?:an?|one|two|three|several|some)\s/i;
const DESCRIPTION_MODIFIER = /\s(?:in|from|at|of|with|for|close to|familiar with|based in)\s/;

/** "Qatar's prime minister" is not Qatar: a mention links the source only when it covers the
 * last word of the source's first phrase (before any appositive). */
function coversHead(source: SourceRef, mention: Mention): boolean {
  const core = headPhrase(source.text.split(/,|\s[—–]\s/)[0].trimEnd());
  const headEnd = source.start + core.length;
  return mention.start <= headEnd - 1 && mention.end >= headEnd;
}

function resolvePronoun(
  attributions: Attribution[],
  i: number,
  mentions: Mention[],
  analysis: Analysis,
): void {
  const source = attributions[i].source as SourceRef;
  const word = source.text.toLowerCase();
  // "which" is both relative and a thing; "who" a person
  const wanted = THING_PRONOUNS.has(word)
    ? "thing"
    : PERSON_PRONOUNS.has(word) || RELATIVE_SOURCE.has(word)
      ? "person"
      : PLURAL_PRONOUNS.has(word)
        ? "plural"
        : null;
  if (!wanted) return;
  const named = RELATIVE_SOURCE.has(word) ? mentionRightBefore(mentions, source.start, analysis) : null;
  if (named) {
    linkToMention(source, named, analysis);
    return;
  }
  const people = new Set(analysis.entities.filter((e) => e.type === "person").map((e) => e.id));
  const things = new Set(
    analysis.entities.filter((e) => e.type === "place" || e.type === "organization").map((e) => e.id),
  );
  const previous = previousSource(attributions, i, (s) => fits(s, wanted, people, things));
  const mention =
    wanted === "person" ? previousPersonMention(mentions, source.start, attributions[i].content) : null;
  const nearer =
    previous && (!mention || previousWins(previous, mention, source, analysis)) ? previous : null;
  const described = wanted === "person" ? describedPersonBefore(analysis, source.start) : null;
  const describedNearest =
    described && described.start > Math.max(nearer?.start ?? -1, mention?.start ?? -1) ? described : null;
  const antecedent = describedNearest ?? nearer;
  if (antecedent) {
    adoptSource(source, antecedent);
    source.descriptor = antecedent.descriptor;
  } else if (mention) linkToMention(source, mention, analysis);
}

function linkToMention(source: SourceRef, mention: Mention, analysis: Analysis): void {
  source.entity = mention.entity;
  source.name = analysis.entities.find((e) => e.id === mention.entity)?.name ?? mention.text;
  source.resolvedFrom = { start: mention.start, end: mention.end, text: mention.text };
}

/** "the agency Medaid, which said": a relative pronoun stands for the name just before it. */
function mentionRightBefore(mentions: Mention[], before: number, analysis: Analysis): Mention | null {
  let last: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= before) break;
    if (m.entity) last = m;
  }
  if (!last || !/^[\s,]*$/.test(analysis.model.text.slice(last.end, before))) return null;
  return last;
}

/** The previous source wins over a later person mention when it is in the same stretch of text,
 * unless the mention opens the pronoun's paragraph and the source is in an earlier one ("Minister
 * X was less forgiving. In an interview, he said …" after another speaker's paragraph). */
function previousWins(
  previous: SourceRef,
  mention: Mention,
  pronoun: SourceRef,
  analysis: Analysis,
): boolean {
  if (previous.start > mention.start) return true;
  const paragraph = analysis.model.paragraphs.find((p) => p.start <= pronoun.start && pronoun.start < p.end);
  if (paragraph && previous.start < paragraph.start && mention.start >= paragraph.start) return false;
  return mention.start - previous.start < 400;
}

/** `people`, `things`: the ids of person entities and of places and organizations. A source opening
 * with "the" ("the ministry") stands for a person only when it names one ("The group's chief
 * negotiator, Abdulmalik al-Ajri"); "he" is never a place or an organization ("Washington hoped"). */
function fits(
  s: SourceRef,
  wanted: "person" | "plural" | "thing",
  people: ReadonlySet<string>,
  things: ReadonlySet<string>,
): boolean {
  if (s.kind === "pronoun" && !s.resolvedFrom) return false;
  const plural = s.descriptor ? s.descriptor.endsWith("s") || s.descriptor === "people" : false;
  if (wanted === "person")
    return (
      (s.kind === "named" || (s.kind === "unnamed" && !plural) || s.kind === "pronoun") &&
      !(s.entity !== null && things.has(s.entity)) &&
      (!s.text.toLowerCase().startsWith("the ") || (s.entity !== null && people.has(s.entity)))
    );
  if (wanted === "plural") return plural || s.kind === "named";
  return s.kind === "document" || s.kind === "named";
}

function previousSource(
  attributions: Attribution[],
  i: number,
  ok: (s: SourceRef) => boolean,
): SourceRef | null {
  const here = (attributions[i].source as SourceRef).start;
  const { content } = attributions[i];
  for (let j = i - 1; j >= 0; j--) {
    const s = attributions[j].source;
    if (!s || s.start >= here) continue;
    // "M23 rejected the plan, they said": a speaker inside the pronoun's own content is not it
    if (s.start >= content.start && s.end <= content.end) continue;
    if (here - s.start > REACH) return null;
    if (ok(s)) return s;
  }
  return null;
}

function previousPersonMention(mentions: Mention[], before: number, content: Span): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= before) break;
    const inContent = m.start >= content.start && m.end <= content.end;
    if (m.type === "person" && m.kind === "name" && !inContent && before - m.start <= REACH) best = m;
  }
  return best;
}

/** "the official" / "the source" / "the statement": the earlier unnamed source with that head. */
function resolveDescription(attributions: Attribution[], i: number): void {
  const source = attributions[i].source as SourceRef;
  if (!/^the\s/i.test(source.text) || !source.descriptor) return;
  const head = singular(source.descriptor);
  const earlier = previousSource(
    attributions,
    i,
    (s) =>
      s !== source && s.descriptor !== null && singular(s.descriptor) === head && !/^the\s/i.test(s.text),
  );
  if (!earlier) return;
  source.resolvedFrom = { start: earlier.start, end: earlier.end, text: earlier.text };
  source.affiliation ??= earlier.affiliation;
  source.name = earlier.text;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}
