// The store's tables, as Kysely sees them. One schema for the embedded (SQLite) and the PostgreSQL
// store; JSON columns are text in both so one query layer reads them the same way.
import type { Generated } from "kysely";

export interface ArticleTable {
  id: Generated<number>;
  /** sha256 of the stored (analysed) text: the identity that makes ingest idempotent. */
  content_hash: string;
  /** URL when known, else the file (and line) it came from: versions share a key. */
  doc_key: string;
  version: number;
  /** The earlier version of the same doc_key, when this one replaced it. */
  previous_id: number | null;
  /** 1 for the newest version of its doc_key, 0 once replaced. */
  is_current: number;
  /** The earliest stored article this one is a near-duplicate (wire copy) of. */
  duplicate_of: number | null;
  similarity: number | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** ISO 8601 date (or date-time) when known. */
  published: string | null;
  source_file: string;
  source_line: number | null;
  format: string;
  text: string;
  word_count: number;
  /** MinHash signature, comma-separated hex. */
  minhash: string;
  record_version: string;
  /** The analysis record (JSON). */
  record: string;
  /** Framing measures of the record (JSON), for outlet profiles. */
  framing: string | null;
  ingested_at: string;
}

export interface BandTable {
  band: string;
  article_id: number;
}

export interface EntityRowTable {
  article_id: number;
  local_id: string;
  name: string;
  type: string;
  subtype: string | null;
  /** JSON string arrays. */
  aliases: string;
  titles: string;
  mention_kinds: string;
  mention_count: number;
}

export interface ClaimRowTable {
  article_id: number;
  local_id: string;
  source_entity: string | null;
  source_text: string | null;
  source_kind: string | null;
  anonymous: number;
  descriptor: string | null;
  affiliation: string | null;
  cue: string | null;
  kind: string;
  content: string;
  start: number;
  end: number;
  /** JSON array of relay texts, nearest first. */
  via: string;
  nested: number;
}

export interface EventRowTable {
  article_id: number;
  idx: number;
  type: string;
  status: string | null;
  /** JSON array of entity local ids or names. */
  actors: string;
  recipients: string;
  place: string | null;
  /** PLOVER event/mode ("CONSULT/third-party") and CAMEO code, for export. */
  plover: string | null;
  cameo: string | null;
  date: string | null;
  evidence: string;
}

export interface PositionRowTable {
  article_id: number;
  idx: number;
  party: string;
  issue: string;
  stance: string;
  according_to: string | null;
  evidence: string;
}

export interface FigureRowTable {
  article_id: number;
  idx: number;
  value: number;
  unit: string | null;
  what: string | null;
  qualifier: string | null;
  source: string | null;
  evidence: string;
}

/** Counters of the store; "generation" goes up with every committed write, so derived views know
 * when they are stale. */
export interface StoreStateTable {
  key: string;
  value: number;
}

/** Views computed from the whole corpus (report sections), valid for one generation of the store. */
export interface ViewCacheTable {
  name: string;
  generation: number;
  body: string;
}

export interface Database {
  store_state: StoreStateTable;
  view_cache: ViewCacheTable;
  articles: ArticleTable;
  article_bands: BandTable;
  entity_rows: EntityRowTable;
  claim_rows: ClaimRowTable;
  event_rows: EventRowTable;
  position_rows: PositionRowTable;
  figure_rows: FigureRowTable;
}

/** Tables holding rows derived from an article's record (re-derived when the record version changes). */
export const DERIVED_TABLES = [
  "entity_rows",
  "claim_rows",
  "event_rows",
  "position_rows",
  "figure_rows",
] as const;
