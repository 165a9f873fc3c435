// Entity linking across articles. Per-article entities are joined with a union-find in rounds, each
// rule stricter about what it may join:
//   1. the user's alias file (merge groups);
//   2. named entities with the same normalized name or a proper-name alias in common;
//   3. a one-word person name ("Barnea") to the only full name in the corpus ending in it;
//   4. an entity known only by a title ("Mossad chief") to the only named person holding that title.
// Unnamed entities ("a senior official", "the source") never join anything but rule 4, and an
// indefinite title never does, so two articles' unnamed sources stay two people. The alias file's
// split groups forbid any join that would put two of their names in one entity.
import type { EntityRowTable } from "../store/schema.ts";
import type { Corpus } from "./load.ts";
import { isProperForm, normalizeName, slug, titleKey } from "./normalize.ts";

export interface AliasFile {
  /** Each group is one entity; the first name is the one shown. */
  merge?: string[][];
  /** Names in one group are different entities, whatever else says. */
  split?: string[][];
}

export interface CorpusEntity {
  id: string;
  name: string;
  type: string;
  subtype: string | null;
  aliases: string[];
  titles: string[];
  /** Articles naming it (near-duplicates counted once, with their original). */
  articles: number[];
  mentions: number;
  /** False for an entity known only by a description in one article. */
  named: boolean;
}

export interface EntityIndex {
  entities: CorpusEntity[];
  byId: Map<string, CorpusEntity>;
  /** The corpus entity of an article's local entity id, or of a surface name used in that article. */
  resolve(articleId: number, ref: string | null): CorpusEntity | null;
}

type Group = "person" | "thing";
const GROUPS: Group[] = ["person", "thing"];
const groupOf = (type: string): Group => (type === "person" ? "person" : "thing");

/** One distinct named entity description (shared by every article that describes it alike), or
 * one unnamed entity of one article. */
interface Node {
  row: EntityRowTable;
  rows: EntityRowTable[];
  mentions: number;
  names: string[];
  titles: string[];
  named: boolean;
}

export function linkEntities(corpus: Corpus, aliases: AliasFile = {}): EntityIndex {
  const nodes = distinctNodes(corpus.entities);
  const uf = new UnionFind(nodes.length, splitTags(nodes, aliases));
  const byName = indexNamed(nodes);
  mergeAliasGroups(uf, byName, aliases);
  for (const ids of byName.values()) for (const id of ids.slice(1)) uf.union(ids[0], id);
  linkSurnames(uf, nodes, byName);
  linkTitles(uf, nodes);
  return buildIndex(corpus, nodes, uf, aliases);
}

/** Named rows alike in every field are one node (linking them is certain and this keeps the
 * union-find small); an unnamed row is always a node of its own. */
function distinctNodes(rows: EntityRowTable[]): Node[] {
  const nodes: Node[] = [];
  const byDescription = new Map<string, Node>();
  for (const row of rows) {
    // Rows alike in every field are alike in being named, so a known description is looked up first.
    const key = [row.name, row.type, row.subtype, row.aliases, row.titles, row.mention_kinds].join("\u0001");
    const known = byDescription.get(key);
    if (known) {
      known.rows.push(row);
      known.mentions += row.mention_count;
      continue;
    }
    const named = isNamed(row);
    const node: Node = {
      row,
      rows: [row],
      mentions: row.mention_count,
      names: [row.name, ...parseList(row.aliases)].filter(isProperForm).map(normalizeName).filter(Boolean),
      titles: parseList(row.titles)
        .map(titleKey)
        .filter((t): t is string => t !== null),
      named,
    };
    nodes.push(node);
    if (named) byDescription.set(key, node);
  }
  return nodes;
}

const parsedLists = new Map<string, string[]>();

/** A JSON list of strings; memoized, since most rows carry the same few lists ("[]", "[\"name\"]"). */
function parseList(json: string): string[] {
  let list = parsedLists.get(json);
  if (list === undefined) {
    try {
      const value = JSON.parse(json);
      list = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    } catch {
      list = [];
    }
    if (parsedLists.size > 100_000) parsedLists.clear();
    parsedLists.set(json, list);
  }
  return list;
}

function isNamed(row: EntityRowTable): boolean {
  const kinds = parseList(row.mention_kinds);
  return (
    (kinds.length === 0 || kinds.includes("name") || kinds.includes("demonym")) && isProperForm(row.name)
  );
}

/** Named nodes by group and normalized name (and proper-name aliases). */
function indexNamed(nodes: Node[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    if (!node.named) return;
    for (const name of new Set(node.names)) {
      const key = `${groupOf(node.row.type)}|${name}`;
      const list = index.get(key) ?? [];
      list.push(i);
      index.set(key, list);
    }
  });
  return index;
}

function mergeAliasGroups(uf: UnionFind, byName: Map<string, number[]>, aliases: AliasFile): void {
  for (const group of aliases.merge ?? []) {
    const members = group.flatMap((name) =>
      GROUPS.flatMap((g) => byName.get(`${g}|${normalizeName(name)}`) ?? []),
    );
    for (const id of members.slice(1)) uf.union(members[0], id);
  }
}

function linkSurnames(uf: UnionFind, nodes: Node[], byName: Map<string, number[]>): void {
  const fullNamesBySurname = new Map<string, Set<string>>();
  for (const key of byName.keys()) {
    const [group, name] = key.split("|");
    const words = name.split(" ");
    if (group !== "person" || words.length < 2) continue;
    const surname = words[words.length - 1];
    const set = fullNamesBySurname.get(surname) ?? new Set();
    set.add(name);
    fullNamesBySurname.set(surname, set);
  }
  nodes.forEach((node, i) => {
    if (!node.named || node.row.type !== "person") return;
    const name = normalizeName(node.row.name);
    if (name.includes(" ")) return;
    const full = fullNamesBySurname.get(name);
    if (!full || full.size !== 1) return; // Unknown or ambiguous ("Netanyahu" with two first names).
    const [only] = full;
    uf.union(i, (byName.get(`person|${only}`) ?? [])[0]);
  });
}

function linkTitles(uf: UnionFind, nodes: Node[]): void {
  const holders = new Map<string, Set<number>>();
  nodes.forEach((node, i) => {
    if (!node.named || node.row.type !== "person") return;
    for (const title of node.titles) {
      const set = holders.get(title) ?? new Set();
      set.add(uf.find(i));
      holders.set(title, set);
    }
  });
  nodes.forEach((node, i) => {
    if (node.named || node.row.type !== "person") return;
    const keys = [titleKey(node.row.name), ...node.titles].filter((k): k is string => k !== null);
    const found = new Set(keys.flatMap((k) => [...(holders.get(k) ?? [])].map((r) => uf.find(r))));
    if (found.size === 1) uf.union([...found][0], i);
  });
}

/** For split groups: each node gets the tag (group index → name) of the split name it bears. */
function splitTags(nodes: Node[], aliases: AliasFile): Map<number, string>[] {
  const tags = new Map<string, [number, string]>();
  (aliases.split ?? []).forEach((group, g) => {
    for (const name of group) tags.set(normalizeName(name), [g, normalizeName(name)]);
  });
  return nodes.map((node) => {
    // By the entity's own name only: an alias is exactly what a split may declare wrong.
    const tag = tags.get(normalizeName(node.row.name));
    return new Map(tag ? [tag] : []);
  });
}

class UnionFind {
  private readonly parent: number[];

  constructor(
    size: number,
    private readonly tags: Map<number, string>[],
  ) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    for (let j = i; this.parent[j] !== root; ) [j, this.parent[j]] = [this.parent[j], root];
    return root;
  }

  /** Joins two sets unless a split group forbids it. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const ta = this.tags[ra];
    const tb = this.tags[rb];
    for (const [group, name] of tb) if (ta.has(group) && ta.get(group) !== name) return;
    for (const [group, name] of tb) ta.set(group, name);
    this.parent[rb] = ra;
  }
}

function buildIndex(corpus: Corpus, nodes: Node[], uf: UnionFind, aliases: AliasFile): EntityIndex {
  const clusters = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const root = uf.find(i);
    const list = clusters.get(root) ?? [];
    list.push(i);
    clusters.set(root, list);
  });
  const preferred = new Map(
    (aliases.merge ?? []).flatMap((g) => g.map((n) => [normalizeName(n), g[0]] as const)),
  );
  const entities: CorpusEntity[] = [];
  const byId = new Map<string, CorpusEntity>();
  const byLocal = new Map<number, Map<string, CorpusEntity>>();
  const byName = new Map<string, CorpusEntity>();
  for (const members of clusters.values()) {
    const entity = describeCluster(
      corpus,
      members.map((i) => nodes[i]),
      preferred,
    );
    let id = `${entity.type}:${slug(entity.name)}`;
    for (let n = 2; byId.has(id); n++) id = `${entity.type}:${slug(entity.name)}-${n}`;
    entity.id = id;
    entities.push(entity);
    byId.set(id, entity);
    for (const i of members) {
      for (const row of nodes[i].rows) {
        let local = byLocal.get(row.article_id);
        if (!local) {
          local = new Map<string, CorpusEntity>();
          byLocal.set(row.article_id, local);
        }
        local.set(row.local_id, entity);
      }
      if (nodes[i].named) for (const name of nodes[i].names) if (!byName.has(name)) byName.set(name, entity);
    }
  }
  entities.sort(
    (a, b) =>
      b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
  return {
    entities,
    byId,
    resolve(articleId, ref) {
      if (!ref) return null;
      return byLocal.get(articleId)?.get(ref) ?? byName.get(normalizeName(ref)) ?? null;
    },
  };
}

function describeCluster(corpus: Corpus, members: Node[], preferred: Map<string, string>): CorpusEntity {
  const named = members.filter((m) => m.named);
  const pool = named.length ? named : members;
  const counts = new Map<string, number>();
  for (const m of pool) counts.set(m.row.name, (counts.get(m.row.name) ?? 0) + m.mentions);
  const fromFile = pool.map((m) => preferred.get(normalizeName(m.row.name))).find(Boolean);
  // The fullest name shown most often: "David Barnea" over "Barnea".
  const name =
    fromFile ??
    [...counts.entries()].sort(
      (a, b) => b[0].split(" ").length - a[0].split(" ").length || b[1] - a[1] || a[0].localeCompare(b[0]),
    )[0][0];
  const articles = new Set<number>();
  for (const m of members) {
    for (const row of m.rows)
      articles.add(corpus.articles.get(row.article_id)?.duplicateOf ?? row.article_id);
  }
  const types = mostCommon(pool.map((m) => m.row.type));
  return {
    id: "",
    name,
    type: types,
    subtype: mostCommon(pool.map((m) => m.row.subtype).filter((s): s is string => s !== null)) || null,
    aliases: [...new Set(members.flatMap((m) => [m.row.name, ...parseList(m.row.aliases)]))]
      .filter((a) => a !== name)
      .sort(),
    titles: [...new Set(members.flatMap((m) => parseList(m.row.titles)))].sort(),
    articles: [...articles].sort((a, b) => a - b),
    mentions: members.reduce((n, m) => n + m.mentions, 0),
    named: named.length > 0,
  };
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
}
