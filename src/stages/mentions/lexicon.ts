// The mentions stage's lexicons, compiled once at module load: a token trie of gazetteer names
// (organizations, media outlets, places, demonyms, multi-word titles) and plain Sets/Maps for the
// word lists. Gazetteer phrases are tokenised with the same wink tokenizer as the text, so a trie
// walk over token norms finds them.
import type { EntityType } from "../../layers.ts";
import { loadLexicon } from "../../lexicon/load.ts";
import { normalizeToken } from "../../text/model.ts";
import { nlp } from "../../text/nlp.ts";

/** What a gazetteer phrase stands for. */
export interface GazetteerEntry {
  /** Merge key: every alias of one gazetteer item shares it. */
  key: string;
  name: string;
  type: EntityType;
  kind: "name" | "demonym" | "title";
  subtype: string | null;
  /** ISO code of the country the item belongs to (for a country: its own code). */
  country: string | null;
  /** Description nouns that can refer back to this place ("the Strip"). */
  descriptions: string[];
  rule: string;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry: GazetteerEntry | null;
}

interface OrgRow {
  name: string;
  aliases: string[];
  subtype?: string;
  country?: string;
}
type PlaceRow = [string, string, string, string[], string[]?];

interface TitleLexicon {
  heads: string[];
  phrases: string[];
  honorifics: string[];
  premodifiers: string[];
  synonyms: string[][];
}
interface NameWords {
  orgHeads: Record<string, string>;
  placeHeads: string[];
  numberedOutlets: string[];
  possessiveOrgs: string[];
  nonNames: string[];
  months: string[];
  connectors: string[];
}
interface DescriptionLexicon {
  heads: Record<string, string[]>;
  modifiers: string[];
}

const LEADING_ARTICLE = /^the\s+/i;

function tokenize(phrase: string): string[] {
  const { its } = nlp();
  return (nlp().readDoc(phrase).tokens().out(its.value) as string[]).map(normalizeToken);
}

function insert(root: TrieNode, phrase: string, entry: GazetteerEntry): void {
  let node = root;
  for (const token of tokenize(phrase)) {
    let child = node.next.get(token);
    if (!child) {
      child = { next: new Map(), entry: null };
      node.next.set(token, child);
    }
    node = child;
  }
  node.entry ??= entry; // the first listing of a phrase wins (regions before countries before cities)
}

function addNamed(root: TrieNode, entry: GazetteerEntry, forms: string[]): void {
  for (const form of new Set(forms.flatMap((f) => [f, f.replace(LEADING_ARTICLE, "")])))
    insert(root, form, entry);
}

function addOrganizations(root: TrieNode, file: string, defaultSubtype: string | null, rule: string): void {
  for (const row of loadLexicon<{ entries: OrgRow[] }>(file).entries) {
    const entry: GazetteerEntry = {
      key: `org:${row.name.toLowerCase()}`,
      name: row.name,
      type: "organization",
      kind: "name",
      subtype: row.subtype ?? defaultSubtype,
      country: row.country ?? null,
      descriptions: [],
      rule,
    };
    addNamed(root, entry, [row.name, ...row.aliases]);
  }
}

function addPlaces(root: TrieNode, countryNames: Map<string, string>, descriptionNouns: Set<string>): void {
  const data = loadLexicon<{ places: PlaceRow[]; demonyms: Record<string, string> }>("places");
  for (const [name, subtype, country, aliases, descriptions] of data.places) {
    const entry: GazetteerEntry = {
      key: subtype === "country" ? `place:${country}` : `place:${name.toLowerCase()}`,
      name,
      type: "place",
      kind: "name",
      subtype,
      country: country || null,
      descriptions: descriptions ?? [],
      rule: `mention.gazetteer.${subtype}`,
    };
    if (subtype === "country") countryNames.set(country, name);
    for (const noun of descriptions ?? []) descriptionNouns.add(noun);
    addNamed(root, entry, [name, ...aliases]);
  }
  for (const [word, country] of Object.entries(data.demonyms)) {
    insert(root, word, {
      key: `place:${country}`,
      name: countryNames.get(country) ?? country,
      type: "place",
      kind: "demonym",
      subtype: "country",
      country,
      descriptions: [],
      rule: "mention.demonym",
    });
  }
}

function addTitlePhrases(root: TrieNode, phrases: string[]): void {
  for (const phrase of phrases) {
    insert(root, phrase, {
      key: `title:${phrase}`,
      name: phrase,
      type: "person",
      kind: "title",
      subtype: null,
      country: null,
      descriptions: [],
      rule: "title.phrase",
    });
  }
}

function buildTrie(
  titles: TitleLexicon,
  countryNames: Map<string, string>,
  descriptionNouns: Set<string>,
): TrieNode {
  const root: TrieNode = { next: new Map(), entry: null };
  addTitlePhrases(root, titles.phrases);
  addOrganizations(root, "media-outlets", "media", "mention.gazetteer.media");
  addOrganizations(root, "organizations", null, "mention.gazetteer.organization");
  addPlaces(root, countryNames, descriptionNouns);
  return root;
}

function synonymMap(groups: string[][]): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) for (const word of group) map.set(word, group[0]);
  return map;
}

function compile() {
  const titles = loadLexicon<TitleLexicon>("titles");
  const words = loadLexicon<NameWords>("name-words");
  const descriptions = loadLexicon<DescriptionLexicon>("descriptions");
  const countryNames = new Map<string, string>();
  // every noun a definite description can end on: "the Strip" is a description, not a name
  const descriptionNouns = new Set(Object.keys(descriptions.heads));
  return {
    trie: buildTrie(titles, countryNames, descriptionNouns),
    descriptionNouns,
    countryNames,
    titleHeads: new Set(titles.heads),
    titleWords: new Set(
      titles.phrases.flatMap((p) => p.split(" ")).filter((w) => !words.connectors.includes(w)),
    ),
    honorifics: new Set(titles.honorifics),
    premodifiers: new Set(titles.premodifiers),
    roleSynonyms: synonymMap(titles.synonyms),
    orgHeads: new Map(Object.entries(words.orgHeads)),
    placeHeads: new Set(words.placeHeads),
    numberedOutlets: new Set(words.numberedOutlets),
    possessiveOrgs: new Set(words.possessiveOrgs),
    nonNames: new Set(words.nonNames),
    months: new Set(words.months),
    connectors: new Set(words.connectors),
    descriptionHeads: new Map(Object.entries(descriptions.heads)),
    descriptionModifiers: new Set(descriptions.modifiers),
  };
}

export const LEXICON = compile();
export type MentionLexicon = typeof LEXICON;
