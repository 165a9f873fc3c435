// The layers each pipeline stage adds to an article's analysis. Stages read the text model and
// earlier layers and add their own; nothing here is computed.
import type { SegmentedDocument } from "./ingest/document.ts";
import type { TextModel } from "./text/model.ts";
import type { Span } from "./types.ts";

export type EntityType = "person" | "organization" | "place" | "other";

/** One mention of an entity-like thing in the text. */
export interface Mention extends Span {
  type: EntityType;
  /** name: a proper name; title: "Mossad chief"; description: "the spy agency"; pronoun: "he";
   * demonym: "Israeli" (points at a place). */
  kind: "name" | "title" | "description" | "pronoun" | "demonym";
  /** Entity id once resolved, else null. */
  entity: string | null;
  rule: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Other surface forms found in this article (not the name itself). */
  aliases: string[];
  /** Titles and roles: "Mossad chief", "a former commander of the Israeli military’s Gaza division". */
  titles: string[];
  /** Entity id of the organization or place the entity belongs to, when the text says so. */
  affiliation: string | null;
  /** Subtype from the gazetteers when known: media, government, armed_group, agency, ngo, country, city… */
  subtype: string | null;
  /** Indexes into `mentions`. */
  mentions: number[];
  rules: string[];
}

export interface SourceRef extends Span {
  /** Entity id when the source is a named entity or resolves to one; null when unnamed. */
  entity: string | null;
  /** named | pronoun (resolved through `resolvedFrom`) | unnamed ("a senior Israeli official") |
   * document ("the statement", "the report"). */
  kind: "named" | "pronoun" | "unnamed" | "document";
  anonymous: boolean;
  /** For unnamed sources: the head noun (official, source, people…) */
  descriptor: string | null;
  /** Entity id or name of the side an unnamed source belongs to ("a senior Israeli official" → Israel). */
  affiliation: string | null;
  /** When a pronoun or description was resolved: the earlier mention it stands for. */
  resolvedFrom: Span | null;
  /** Who the source is, in words: its entity's name, or the text it was resolved to. */
  name?: string | null;
}

export interface Relay extends Span {
  entity: string | null;
  rule: string;
  /** The outlet or person it stands for when the text only describes it ("the broadcaster"). */
  name?: string | null;
}

export interface Attribution {
  id: string;
  source: SourceRef | null;
  cue: (Span & { rule: string }) | null;
  content: Span & { spans?: [number, number][] };
  kind: "direct" | "indirect" | "mixed";
  /** Who relayed it, nearest first: "told Reuters", "according to ABC", "the report said". */
  via: Relay[];
  /** True when this attribution lies inside the content of another one. */
  nested: boolean;
  parent: string | null;
  rules: string[];
}

export interface Analysis extends NegotiationLayers {
  file: string | null;
  document: SegmentedDocument;
  model: TextModel;
  mentions: Mention[];
  entities: Entity[];
  attributions: Attribution[];
}

// ---- Negotiation layer (issue 3): article metadata, dates, events, positions, figures, framing ----

export interface ArticleMeta {
  /** Publication date as ISO (YYYY-MM-DD or a full timestamp), when known. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  /** Where each known field came from: sidecar | flag | text. */
  origin: Partial<Record<"published" | "outlet" | "url" | "author", "sidecar" | "flag" | "text">>;
}

export interface DateMention extends Span {
  /** ISO date (YYYY-MM-DD) or date-time, or null when it cannot be resolved. */
  resolved: string | null;
  /** exact: the text names the day; inferred: resolved against the publication date by a lean
   * (past or future); vague: a period ("this month"); unresolved: no anchor. */
  certainty: "exact" | "inferred" | "vague" | "unresolved";
  /** Which way a relative expression leans in news: the past, the future, or now. */
  lean: "past" | "future" | "present" | null;
  rule: string;
}

export interface ItemSource {
  /** party: the party itself says it; third_party: someone else; author: no attribution. */
  kind: "party" | "third_party" | "author";
  attribution: string | null;
  entity: string | null;
  text: string | null;
}

export interface NegotiationEvent {
  id: string;
  type: string;
  status: "occurred" | "ongoing" | "planned" | "hypothetical" | "alleged" | "denied";
  /** Entity ids when resolved, else the surface text. */
  actors: string[];
  actorsText: string[];
  recipients: string[];
  recipientsText: string[];
  place: string | null;
  placeText: string | null;
  date: DateMention | null;
  evidence: Span;
  trigger: Span & { rule: string };
  attribution: string | null;
  source: ItemSource;
  plover: { event: string; mode: string | null };
  cameo: string;
  /** Other mentions of the same happening in the article. */
  mentions: Span[];
  rules: string[];
}

export interface Position {
  id: string;
  /** Entity id when resolved, else the surface text. */
  party: string;
  partyText: string;
  issue: string;
  stance: string;
  /** The span naming what the stance is about (one list item). */
  object: Span;
  evidence: Span;
  conditions: Span[];
  source: ItemSource;
  attribution: string | null;
  rules: string[];
}

export interface Figure {
  id: string;
  value: number;
  number: Span;
  qualifier: string | null;
  unit: string;
  /** What is counted: killed, injured, held, released, targets struck… or null. */
  counted: string | null;
  evidence: Span;
  attribution: string | null;
  source: ItemSource;
  asOf: DateMention | null;
  rules: string[];
}

export interface ActorLabel extends Span {
  /** Entity id or surface name of the actor the label describes. */
  actor: string;
  rule: string;
}

export interface Framing {
  labels: ActorLabel[];
  scareQuotes: (Span & { rule: string })[];
  attributions: number;
  unnamedSources: number;
  /** unnamedSources / attributions, or null with no attributions. */
  unnamedShare: number | null;
  /** Attributions by the side of their source: a party's name, "mediator", "third_party", "unknown". */
  voices: Record<string, number>;
  /** Sentences of the author's own evaluation (outside any attribution). */
  evaluative: (Span & { rule: string })[];
}

/** Layers added by the negotiation stages; optional so earlier stages and tests can omit them. */
export interface NegotiationLayers {
  meta?: ArticleMeta;
  dates?: DateMention[];
  events?: NegotiationEvent[];
  /** Events the text mentions only as conditional or possible ("would have started had…"). */
  hypotheticalEvents?: NegotiationEvent[];
  positions?: Position[];
  figures?: Figure[];
  framing?: Framing;
}
