// Claims across articles: the same statement relayed by several outlets is one cluster, found by
// MinHash over word 3-shingles of the claim's content (LSH buckets), checked on the shingles.
// Provenance: each claim's origin is its innermost named source (a corpus entity); an unnamed source
// is an origin of its own article only, never merged with another article's "senior official"; a
// claim with no source originates with the outlet that reported it. Independent origins are the
// distinct origins of a cluster; echoes are the further outlets that only repeat one of them, and a
// near-duplicate (wire copy) is always an echo of its original.
import type { EntityIndex } from "./link.ts";
import type { Corpus, CorpusArticle, CorpusClaim } from "./load.ts";
import { wordSpans } from "./minhash.ts";

const HASHES = 32;
const ROWS = 2;
const MIN_WORDS = 4;
/** Shingle Jaccard similarity from which two claims are the same statement… */
const SAME_CLAIM = 0.5;
/** …or the share of the shorter claim found in the longer one (a quote cut short). */
const CONTAINED = 0.8;

export interface Origin {
  key: string;
  label: string;
  kind: "named" | "unnamed" | "outlet";
  entity: string | null;
  /** The first report of this origin in the cluster (by date, then by storage order). */
  first: { article: number; outlet: string | null; published: string | null };
  outlets: string[];
}

export interface ClaimReport {
  article: number;
  outlet: string | null;
  published: string | null;
  source: string | null;
  content: string;
  via: string[];
  /** True when the article is a near-duplicate of another stored article. */
  copy: boolean;
}

export interface ClaimCluster {
  id: string;
  /** The earliest report's wording. */
  text: string;
  reports: ClaimReport[];
  outlets: string[];
  origins: Origin[];
  independentOrigins: number;
  echoes: number;
}

export function clusterClaims(corpus: Corpus, index: EntityIndex): ClaimCluster[] {
  // Claims with the same words are one statement outright; only distinct wordings are compared.
  const byWording = new Map<string, CorpusClaim[]>();
  // Wire copies repeat contents word for word: each distinct content is read once.
  const wordingOf = new Map<string, string | null>();
  for (const c of corpus.claims) {
    if (!corpus.articles.has(c.article_id)) continue;
    let key = wordingOf.get(c.content);
    if (key === undefined) {
      const tokens = words(c.content);
      key = tokens.length < MIN_WORDS ? null : tokens.join(" ");
      wordingOf.set(c.content, key);
    }
    if (key === null) continue;
    const list = byWording.get(key);
    if (list) list.push(c);
    else byWording.set(key, [c]);
  }
  const wordings = [...byWording.keys()];
  const parent = wordings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const shingleSets = wordings.map((w) => shingles(w.split(" ")));
  const buckets = new Map<string, number>();
  shingleSets.forEach((set, i) => {
    const sig = signature(set);
    for (let b = 0; b < HASHES / ROWS; b++) {
      const key = bandKey(sig, b);
      const first = buckets.get(key);
      // Each wording is compared with the first wording of its bucket only: linear, and transitive via the union.
      if (first === undefined) buckets.set(key, i);
      else if (find(i) !== find(first) && sameClaim(set, shingleSets[first])) parent[find(i)] = find(first);
    }
  });
  const groups = new Map<number, CorpusClaim[]>();
  wordings.forEach((w, i) => {
    const root = find(i);
    const list = groups.get(root);
    const rows = byWording.get(w) as CorpusClaim[];
    if (list) list.push(...rows);
    else groups.set(root, [...rows]);
  });
  const clusters = [...groups.values()].map((rows) => describe(corpus, index, rows));
  clusters.sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      b.reports.length - a.reports.length ||
      a.text.localeCompare(b.text),
  );
  clusters.forEach((c, i) => {
    c.id = `claim-${i + 1}`;
  });
  return clusters;
}

/** "b:v1,v2,…": band b of a signature, its ROWS values, as a bucket key. */
function bandKey(sig: number[], b: number): string {
  let key = `${b}:${sig[b * ROWS]}`;
  for (let r = 1; r < ROWS; r++) key += `,${sig[b * ROWS + r]}`;
  return key;
}

/** The lower-cased words (runs of letters and digits) of a text, found without a regex. */
function words(text: string): string[] {
  const lower = text.toLowerCase();
  const { starts, ends, count } = wordSpans(lower);
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = lower.slice(starts[i], ends[i]);
  return out;
}

const SHINGLE = 3;

/** FNV-1a hashes of the word 3-shingles (joined by spaces), hashed word by word without joining. */
function shingles(tokens: string[]): Set<number> {
  const set = new Set<number>();
  const count = Math.max(tokens.length, SHINGLE) - SHINGLE + 1;
  for (let first = 0; first < count; first++) {
    let h = 0x811c9dc5;
    const last = Math.min(tokens.length, first + SHINGLE);
    for (let w = first; w < last; w++) {
      if (w > first) h = Math.imul(h ^ 0x20, 0x01000193);
      const word = tokens[w];
      for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    }
    set.add(h >>> 0);
  }
  return set;
}

/** MinHash with one string hash per shingle and cheap integer re-mixes for the other functions. */
function signature(set: Set<number>): number[] {
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (const h of set) {
    for (let k = 0; k < HASHES; k++) {
      let v = (h ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0;
      v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
      v = (v ^ (v >>> 13)) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

function sameClaim(a: Set<number>, b: Set<number>): boolean {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const union = a.size + b.size - shared;
  return shared / union >= SAME_CLAIM || shared / Math.min(a.size, b.size) >= CONTAINED;
}

function describe(corpus: Corpus, index: EntityIndex, rows: CorpusClaim[]): ClaimCluster {
  const dated = rows
    .map((row) => ({ row, article: corpus.articles.get(row.article_id) as CorpusArticle }))
    .sort(
      (a, b) =>
        (a.article.published ?? "9999").localeCompare(b.article.published ?? "9999") ||
        a.row.article_id - b.row.article_id,
    );
  const origins = new Map<string, Origin>();
  const reports: ClaimReport[] = [];
  for (const { row, article } of dated) {
    const origin = originOf(index, row, article);
    const known = origins.get(origin.key);
    const outlet = article.outlet ?? `article ${article.id}`;
    if (!known)
      origins.set(origin.key, {
        ...origin,
        first: { article: article.id, outlet: article.outlet, published: article.published },
        outlets: [outlet],
      });
    else if (!known.outlets.includes(outlet)) known.outlets.push(outlet);
    reports.push({
      article: article.id,
      outlet: article.outlet,
      published: article.published,
      source: origin.kind === "outlet" ? null : origin.label,
      content: row.content,
      via: JSON.parse(row.via) as string[],
      copy: article.duplicateOf !== null,
    });
  }
  const outlets = [...new Set(dated.map((d) => d.article.outlet ?? `article ${d.article.id}`))];
  const originList = [...origins.values()];
  const independent =
    originList.filter((o) => !isCopyOnly(o, dated)).length || Math.min(1, originList.length);
  return {
    id: "",
    text: dated[0].row.content,
    reports,
    outlets,
    origins: originList,
    independentOrigins: independent,
    echoes: Math.max(0, outlets.length - independent),
  };
}

type OriginSeed = Omit<Origin, "first" | "outlets">;

function originOf(index: EntityIndex, row: CorpusClaim, article: CorpusArticle): OriginSeed {
  const entity = index.resolve(row.article_id, row.source_entity);
  if (entity?.named)
    return { key: `entity:${entity.id}`, label: entity.name, kind: "named", entity: entity.id };
  if (row.source_text) {
    // An unnamed source belongs to its article (and that article's copies): never merged across articles.
    const home = article.duplicateOf ?? article.id;
    return {
      key: `unnamed:${home}:${row.source_text.toLowerCase()}`,
      label: row.source_text,
      kind: "unnamed",
      entity: null,
    };
  }
  const outlet = article.outlet ?? `article ${article.id}`;
  return { key: `outlet:${outlet}`, label: outlet, kind: "outlet", entity: null };
}

/** An origin seen only in near-duplicate copies is not independent: its originals carry it already. */
function isCopyOnly(origin: Origin, dated: { article: CorpusArticle }[]): boolean {
  return (
    origin.kind === "outlet" &&
    dated
      .filter((d) => (d.article.outlet ?? `article ${d.article.id}`) === origin.label)
      .every((d) => d.article.duplicateOf !== null)
  );
}
