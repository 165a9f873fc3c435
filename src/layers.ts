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
}

export interface Relay extends Span {
  entity: string | null;
  rule: string;
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

export interface Analysis {
  file: string | null;
  document: SegmentedDocument;
  model: TextModel;
  mentions: Mention[];
  entities: Entity[];
  attributions: Attribution[];
}
