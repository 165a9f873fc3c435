// The CPU-heavy part of ingesting one article, run in a worker thread (or a graphile-worker task):
// analysis, record, digest rows and MinHash signature. The result is plain data, cheap to post.
import { type ArticleDigest, digestRecord } from "../corpus/digest.ts";
import { bandKeys, encodeSignature, minhash } from "../corpus/minhash.ts";
import type { Analysis } from "../layers.ts";
import { analyzeText } from "../pipeline.ts";
import { buildRecord, RECORD_VERSION } from "../record/build.ts";
import { contentHash } from "../store/content-hash.ts";

export interface AnalyzedArticle {
  hash: string;
  record: string;
  recordVersion: string;
  digest: ArticleDigest;
  title: string | null;
  published: string | null;
  outlet: string | null;
  wordCount: number;
  minhash: string;
  bands: string[];
}

export { contentHash };

export function analyzeArticle(text: string, file: string | null): AnalyzedArticle {
  return articleOf(text, analyzeText(text, file));
}

/** Everything ingest stores of an analysed text: its record (JSON), digest rows, hash and MinHash. */
export function articleOf(text: string, analysis: Analysis): AnalyzedArticle {
  const record = buildRecord(analysis);
  const signature = minhash(text);
  return {
    hash: contentHash(text),
    record: JSON.stringify(record),
    recordVersion: RECORD_VERSION,
    digest: digestRecord(record),
    title: record.document.title,
    published: record.meta?.published ?? null,
    outlet: record.meta?.outlet ?? null,
    wordCount: text.match(/\S+/g)?.length ?? 0,
    minhash: encodeSignature(signature),
    bands: bandKeys(signature),
  };
}
