// Actor candidates of a sentence: the mentions stage's mentions when there are any, else runs of
// proper-noun tokens. Pronouns and descriptions ("the group") are resolved to the nearest earlier
// name of a fitting kind, so "his insistence" names a person and "the terror group" an organization.
import type { Analysis, Entity } from "../../layers.ts";
import { loadLexicon } from "../../lexicon/load.ts";
import { type TextModel, tokenAt } from "../../text/model.ts";
import type { Token } from "../../types.ts";

export interface Actor {
  /** Token range [first, last] in the text model. */
  first: number;
  last: number;
  text: string;
  /** Entity id when the mentions stage resolved it. */
  entity: string | null;
  /** What a pronoun or description stood for, when resolved. */
  resolved: Actor | null;
  kind: "name" | "pronoun" | "description";
  person: boolean;
}

interface FallbackData {
  not_actors: string[];
  person_pronouns: string[];
  group_pronouns: string[];
  description_heads: string[];
  non_subject_prepositions: string[];
  pair_heads: string[];
  pair_openers: string[];
  calendar_words: string[];
}

let data: {
  notActors: Set<string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  descriptionHeads: Set<string>;
  nonSubjectPrepositions: Set<string>;
  pairHeads: Set<string>;
  calendarWords: Set<string>;
  pairOpeners: string[][];
} | null = null;

function fallbackData() {
  if (!data) {
    const raw = loadLexicon<FallbackData>("actor-fallback");
    data = {
      notActors: new Set(raw.not_actors),
      personPronouns: new Set(raw.person_pronouns),
      groupPronouns: new Set(raw.group_pronouns),
      descriptionHeads: new Set(raw.description_heads),
      nonSubjectPrepositions: new Set(raw.non_subject_prepositions),
      pairHeads: new Set(raw.pair_heads),
      calendarWords: new Set(raw.calendar_words),
      // longest first: "the two warring sides" before "the two sides"
      pairOpeners: raw.pair_openers.map((o) => o.split(" ")).sort((a, b) => b.length - a.length),
    };
  }
  return data;
}

const entityMaps = new WeakMap<readonly Entity[], Map<string, Entity>>();

/** The article's entity with this id, through a map built once per entity list. */
export function entityOf(analysis: Analysis, id: string): Entity | undefined {
  let map = entityMaps.get(analysis.entities);
  if (!map) {
    map = new Map(analysis.entities.map((e) => [e.id, e]));
    entityMaps.set(analysis.entities, map);
  }
  return map.get(id);
}

/** The display name of an actor: its resolution when it is a pronoun or description. */
export function actorName(analysis: Analysis, actor: Actor): { id: string; text: string } {
  const target = actor.resolved ?? actor;
  const entity = target.entity ? entityOf(analysis, target.entity) : undefined;
  if (entity) return { id: entity.id, text: entity.name };
  return { id: target.text, text: target.text };
}

/** All actor candidates of the article in text order, computed once per analysis. */
export function articleActors(analysis: Analysis): Actor[] {
  const cached = actorCache.get(analysis);
  if (cached) return cached;
  const actors = analysis.mentions.length ? fromMentions(analysis) : fromTokens(analysis.model.tokens);
  resolveReferences(actors, analysis.model.tokens);
  const withPairs = addPairs(actors, analysis.model.tokens, (id) => canPair(entityOf(analysis, id)));
  actorCache.set(analysis, withPairs);
  return withPairs;
}

const PAIR_LOOKBACK_SENTENCES = 12;

/** "India and Pakistan … the two sides agreed": the phrase stands for both, as two actors on one
 * span, each resolved to one of the pair the text last named together. */
function addPairs(actors: Actor[], tokens: readonly Token[], pairable: (entity: string) => boolean): Actor[] {
  const pairs: Actor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = pairPhraseEnd(tokens, i);
    if (end < 0) continue;
    const pair = lastNamedPair(actors, tokens, i, pairable);
    if (pair) {
      const text = tokens
        .slice(i, end + 1)
        .map((t) => t.text)
        .join(" ");
      for (const named of pair)
        pairs.push({
          first: i,
          last: end,
          text,
          entity: null,
          resolved: named,
          kind: "description",
          person: false,
        });
    }
    i = end;
  }
  if (!pairs.length) return actors;
  return [...actors, ...pairs].sort((a, b) => a.first - b.first);
}

/** "from the Philippines and India", "between Muscat and Riyadh": a prepositional object. */
function afterAnyPreposition(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  while (i >= 0 && tokens[i].pos === "DET") i--;
  return i >= 0 && tokens[i].pos === "ADP" && tokens[i].sentence === tokens[first].sentence;
}

/** Parties are people, organizations and countries; "between Muscat and Riyadh" names no sides. */
function canPair(entity: Entity | undefined): boolean {
  return entity !== undefined && (entity.type !== "place" || entity.subtype === "country");
}

/** Last token of "the two sides" / "both parties" starting at `i`, or -1. */
function pairPhraseEnd(tokens: readonly Token[], i: number): number {
  const { pairOpeners, pairHeads } = fallbackData();
  for (const opener of pairOpeners) {
    const head = i + opener.length;
    if (head >= tokens.length || !pairHeads.has(tokens[head].norm)) continue;
    if (opener.every((w, k) => tokens[i + k].norm === w)) return head;
  }
  return -1;
}

/** The last "X and Y" of two different named things before token `i`, up to PAIR_LOOKBACK_SENTENCES back. */
function lastNamedPair(
  actors: readonly Actor[],
  tokens: readonly Token[],
  i: number,
  pairable: (entity: string) => boolean,
): [Actor, Actor] | null {
  const floor = tokens[i].sentence - PAIR_LOOKBACK_SENTENCES;
  for (let k = actors.length - 1; k > 0; k--) {
    const b = actors[k];
    if (b.first >= i) continue;
    if (tokens[b.first].sentence < floor) break;
    const a = actors[k - 1];
    const named =
      a.kind === "name" &&
      b.kind === "name" &&
      a.entity !== null &&
      b.entity !== null &&
      a.entity !== b.entity &&
      pairable(a.entity) &&
      pairable(b.entity) &&
      // "from the Philippines and India" names no sides
      !afterAnyPreposition(tokens, a.first);
    if (named && a.last + 2 === b.first && tokens[a.last + 1].norm === "and") return [a, b];
  }
  return null;
}

/** The actor and any other reading of its span: both halves of "the two sides". */
export function withPairPartners(actors: readonly Actor[], actor: Actor): Actor[] {
  if (!actor.resolved || actor.kind !== "description") return [actor];
  const partners = actors.filter(
    (a) => a !== actor && a.first === actor.first && a.last === actor.last && a.resolved !== null,
  );
  return [actor, ...partners];
}

const actorCache = new WeakMap<Analysis, Actor[]>();

function fromMentions(analysis: Analysis): Actor[] {
  const { model } = analysis;
  const actors: Actor[] = [];
  let cursor = 0;
  for (const m of analysis.mentions) {
    // an outlet reports the negotiation, it is no party to it ("a draft seen by Reuters proposes")
    if (m.type === "other" || (m.entity && entityOf(analysis, m.entity)?.subtype === "media")) continue;
    const first = tokenFrom(model, m.start, cursor);
    const last = Math.max(first, tokenFrom(model, m.end - 1, first));
    cursor = first;
    const kind: Actor["kind"] =
      m.kind === "pronoun" ? "pronoun" : m.kind === "description" ? "description" : "name";
    actors.push({
      first,
      last,
      text: m.text,
      entity: m.entity,
      resolved: null,
      kind,
      person: m.type === "person",
    });
  }
  return actors.sort((a, b) => a.first - b.first);
}

/** The token holding `offset` (as tokenAt), walking on from token `from` when the offset lies
 * ahead of it: mentions mostly come in text order. */
function tokenFrom(model: TextModel, offset: number, from: number): number {
  const { tokens } = model;
  if (from > 0 && tokens[from - 1].end > offset) return tokenAt(model, offset);
  let i = from;
  while (i < tokens.length && tokens[i].end <= offset) i++;
  return i;
}

function fromTokens(tokens: readonly Token[]): Actor[] {
  const { notActors, personPronouns, groupPronouns } = fallbackData();
  const actors: Actor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (personPronouns.has(t.norm) || (groupPronouns.has(t.norm) && t.pos === "PRON")) {
      actors.push({
        first: i,
        last: i,
        text: t.text,
        entity: null,
        resolved: null,
        kind: "pronoun",
        person: false,
      });
      continue;
    }
    const description = descriptionAt(tokens, i);
    if (description > i) {
      const text = tokens
        .slice(i, description + 1)
        .map((x) => x.text)
        .join(" ");
      actors.push({
        first: i,
        last: description,
        text,
        entity: null,
        resolved: null,
        kind: "description",
        person: false,
      });
      i = description;
      continue;
    }
    if (t.pos !== "PROPN" || notActors.has(t.norm)) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].pos === "PROPN" && tokens[j + 1].sentence === t.sentence)
      j++;
    const text = tokens
      .slice(i, j + 1)
      .map((x) => x.text)
      .join(" ");
    // Two capitalised words or more that are not an organization's usual shape read as a person.
    actors.push({ first: i, last: j, text, entity: null, resolved: null, kind: "name", person: j > i });
    i = j;
  }
  return actors;
}

const DEMONYM_SHAPE = /(?:ian|ean|ese|ish|i|an)$/;

/** End token of "the (terror|Palestinian|…) group" starting at `i`, or -1. */
function descriptionAt(tokens: readonly Token[], i: number): number {
  if (tokens[i].norm !== "the") return -1;
  const { descriptionHeads } = fallbackData();
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (t.sentence !== tokens[i].sentence) return -1;
    if (descriptionHeads.has(t.norm) && t.pos === "NOUN") return j;
    // "the Zapata rebel group" names Zapata; "the Colombian group" only describes it.
    if (t.pos === "PROPN" && !DEMONYM_SHAPE.test(t.norm)) return -1;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN") return -1;
  }
  return -1;
}

/** Pronouns and "the group"-style descriptions point at the nearest earlier fitting name. */
function resolveReferences(actors: Actor[], tokens: readonly Token[]): void {
  const { personPronouns } = fallbackData();
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.kind === "name") continue;
    if (a.entity) continue;
    const wantsPerson = personPronouns.has(tokens[a.first].norm);
    for (let back = k - 1; back >= 0 && back >= k - 12; back--) {
      const c = actors[back];
      if (c.kind !== "name") continue;
      if (tokens[a.first].sentence - tokens[c.first].sentence > 2) break;
      if (wantsPerson !== c.person) continue;
      a.resolved = c;
      break;
    }
  }
}

/** Actors whose first token lies in [from, to). */
/** The token before a conjunct's determiner and lower-case modifiers ("… and the paramilitary
 * RSF"): where "and" stands when the actor at `first` is a second conjunct. */
export function beforeModifiers(tokens: readonly Token[], first: number, floor: number): number {
  let j = first - 1;
  while (
    j > floor &&
    (tokens[j].pos === "DET" || (tokens[j].pos === "ADJ" && tokens[j].text === tokens[j].norm))
  )
    j--;
  return j;
}

export function actorsIn(actors: readonly Actor[], from: number, to: number): Actor[] {
  return actors.filter((a) => a.first >= from && a.first < to);
}

/** Tags (and the possessive) that may stand inside a noun phrase: "through Norwegian and Swiss envoys". */
const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "PROPN", "CCONJ", "NUM"]);
const insideNounPhrase = (t: Token) =>
  NOUN_PHRASE_TAGS.has(t.pos) || t.norm === "'s" || t.norm === "'" || t.norm === '"';

/** Whether the actor stands after a preposition that keeps it out of subject position. */
export function afterPreposition(tokens: readonly Token[], actor: Actor, floor: number): boolean {
  const { nonSubjectPrepositions, calendarWords } = fallbackData();
  let i = actor.first - 1;
  while (i >= floor && insideNounPhrase(tokens[i])) {
    // "On Friday Hamas agreed": the preposition's object is the day
    if (calendarWords.has(tokens[i].norm)) return false;
    i--;
  }
  return i >= floor && nonSubjectPrepositions.has(tokens[i].norm);
}

/** The nearest actor before token `i` in [floor, i) that is not a prepositional object. */
export function subjectBefore(
  tokens: readonly Token[],
  actors: readonly Actor[],
  floor: number,
  i: number,
): Actor | null {
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k];
    if (a.first >= i || a.last >= i) continue;
    if (a.first < floor) break;
    if (!afterPreposition(tokens, a, floor)) return a;
  }
  return null;
}

/** Is the description at token `i` ("the terror group") one that refers back to an actor? */
export function isDescriptionHead(norm: string): boolean {
  return fallbackData().descriptionHeads.has(norm);
}
