// The part of a batch write both stores share: which stored version an article replaces, which
// earlier article it is a near-duplicate of, and the article row itself.
import type { Insertable } from "kysely";
import type { ArticleDigest } from "../corpus/digest.ts";
import { decodeSignature, NEAR_DUPLICATE, similarity } from "../corpus/minhash.ts";
import type { SourceItem } from "../ingest/item.ts";
import type { AnalyzedArticle } from "../worker/analyze.ts";
import type { ArticleTable, DERIVED_TABLES } from "./schema.ts";

export interface NewArticle {
  item: SourceItem;
  docKey: string;
  analyzed: AnalyzedArticle;
}

export interface StoredState {
  id: number;
  recordVersion: string;
}

export interface WriteOutcome {
  added: number;
  /** New versions of an article already stored under the same URL or path. */
  versions: number;
  /** Near-duplicates (wire copies) linked to an earlier article. */
  duplicates: number;
}

export interface Rederived {
  id: number;
  analyzed: AnalyzedArticle;
}

export interface CurrentVersion {
  id: number;
  version: number;
}

export interface StoredSignature {
  minhash: Uint32Array;
  /** The article it is a copy of, else itself. */
  root: number;
  key: string;
}

export interface Duplicate {
  root: number;
  similarity: number;
}

/** Where an article goes: the version it replaces and the earlier article it copies, if any. */
export interface Placement {
  previous: CurrentVersion | undefined;
  duplicate: Duplicate | null;
  signature: Uint32Array;
}

/**
 * What a batch write knows of the store (current versions by key, band owners and their
 * signatures, read at the start of the transaction) and of the batch's own earlier articles.
 */
export class BatchIndex {
  readonly outcome: WriteOutcome = { added: 0, versions: 0, duplicates: 0 };

  constructor(
    private readonly current: Map<string, CurrentVersion>,
    private readonly bandOwners: Map<string, number[]>,
    private readonly signatures: Map<number, StoredSignature>,
  ) {}

  place(article: NewArticle): Placement {
    const signature = decodeSignature(article.analyzed.minhash);
    return {
      previous: this.current.get(article.docKey),
      duplicate: this.findDuplicate(article, signature),
      signature,
    };
  }

  /** Records a stored article, so later articles of the batch see it. */
  add(article: NewArticle, id: number, placement: Placement): void {
    const { previous, duplicate, signature } = placement;
    this.current.set(article.docKey, { id, version: (previous?.version ?? 0) + 1 });
    for (const band of article.analyzed.bands) {
      const owners = this.bandOwners.get(band);
      if (owners) owners.push(id);
      else this.bandOwners.set(band, [id]);
    }
    this.signatures.set(id, { minhash: signature, root: duplicate?.root ?? id, key: article.docKey });
    this.outcome.added++;
    if (previous) this.outcome.versions++;
    if (duplicate) this.outcome.duplicates++;
  }

  /** The most similar earlier article above the near-duplicate bar, other versions of the same key aside. */
  private findDuplicate(article: NewArticle, mine: Uint32Array): Duplicate | null {
    let best: Duplicate | null = null;
    const checked = new Set<number>();
    for (const band of article.analyzed.bands) {
      for (const id of this.bandOwners.get(band) ?? []) {
        if (checked.has(id)) continue;
        checked.add(id);
        const other = this.signatures.get(id);
        if (!other || other.key === article.docKey) continue;
        const s = similarity(mine, other.minhash);
        if (s >= NEAR_DUPLICATE && (!best || s > best.similarity)) best = { root: other.root, similarity: s };
      }
    }
    return best;
  }
}

/** Groups (key, id) rows into key → ids, in row order. */
export function groupIds(rows: { key: string; id: number }[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const { key, id } of rows) {
    const ids = map.get(key);
    if (ids) ids.push(id);
    else map.set(key, [id]);
  }
  return map;
}

export function signatureOf(row: {
  id: number;
  minhash: string;
  duplicate_of: number | null;
  doc_key: string;
}): StoredSignature {
  return { minhash: decodeSignature(row.minhash), root: row.duplicate_of ?? row.id, key: row.doc_key };
}

export function articleRow(
  { item, docKey, analyzed }: NewArticle,
  { previous, duplicate }: Placement,
): Insertable<ArticleTable> {
  return {
    content_hash: analyzed.hash,
    doc_key: docKey,
    version: (previous?.version ?? 0) + 1,
    previous_id: previous?.id ?? null,
    is_current: 1,
    duplicate_of: duplicate?.root ?? null,
    similarity: duplicate?.similarity ?? null,
    title: item.title ?? analyzed.title,
    url: item.url,
    outlet: item.outlet ?? analyzed.outlet,
    published: item.published ?? analyzed.published,
    source_file: item.file,
    source_line: item.line,
    format: item.format,
    text: item.text,
    word_count: analyzed.wordCount,
    minhash: analyzed.minhash,
    record_version: analyzed.recordVersion,
    record: analyzed.record,
    framing: analyzed.digest.framing,
    ingested_at: new Date().toISOString(),
  };
}

export type DerivedTable = (typeof DERIVED_TABLES)[number];

/** The digest field each derived table is filled from. */
export const DIGEST_FIELD = {
  entity_rows: "entities",
  claim_rows: "claims",
  event_rows: "events",
  position_rows: "positions",
  figure_rows: "figures",
} as const satisfies Record<DerivedTable, Exclude<keyof ArticleDigest, "framing">>;
