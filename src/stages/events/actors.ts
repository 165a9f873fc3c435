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
}

let data: {
  notActors: Set<string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  descriptionHeads: Set<string>;
  nonSubjectPrepositions: Set<string>;
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
  actorCache.set(analysis, actors);
  return actors;
}

const actorCache = new WeakMap<Analysis, Actor[]>();

function fromMentions(analysis: Analysis): Actor[] {
  const { model } = analysis;
  const actors: Actor[] = [];
  let cursor = 0;
  for (const m of analysis.mentions) {
    if (m.type === "other") continue;
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
export function actorsIn(actors: readonly Actor[], from: number, to: number): Actor[] {
  return actors.filter((a) => a.first >= from && a.first < to);
}

/** Tags (and the possessive) that may stand inside a noun phrase: "through Norwegian and Swiss envoys". */
const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "PROPN", "CCONJ", "NUM"]);
const insideNounPhrase = (t: Token) =>
  NOUN_PHRASE_TAGS.has(t.pos) || t.norm === "'s" || t.norm === "'" || t.norm === '"';

/** Whether the actor stands after a preposition that keeps it out of subject position. */
export function afterPreposition(tokens: readonly Token[], actor: Actor, floor: number): boolean {
  const { nonSubjectPrepositions } = fallbackData();
  let i = actor.first - 1;
  while (i >= floor && insideNounPhrase(tokens[i])) i--;
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
