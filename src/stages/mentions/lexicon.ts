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
  kind: "name" | "demonym";
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
  /** Per token of the phrase ending here: must the text write it capitalised? ("Gaza City" yes,
   * "al-Meyadeen" not its "al"); a token is required capitalised only when every listed form is. */
  capitalised: boolean[] | null;
  /** Every form ending here is one word in capitals ("RAND", "AP"). */
  acronym: boolean;
}

interface OrgRow {
  name: string;
  aliases: string[];
  members?: string[];
  subtype?: string;
  country?: string;
}
type PlaceRow = [string, string, string, string[], string[]?];

interface TitleLexicon {
  heads: string[];
  phrases: string[];
  honorifics: string[];
  premodifiers: string[];
  weakHeads: string[];
  synonyms: string[][];
}
interface NameWords {
  orgHeads: Record<string, string>;
  placeHeads: string[];
  numberedOutlets: string[];
  possessiveOrgs: string[];
  nonNames: string[];
  loneNonNames: string[];
  otherHeads: string[];
  phraseConnectors: string[];
  compoundSuffixes: string[];
  placePrefixes: string[];
  months: string[];
  connectors: string[];
  possessiveNameWords: string[];
  contextPlaceNouns: string[];
  contextOrgNouns: Record<string, string>;
  locativePrepositions: string[];
  nationalForceNouns: string[];
  prepositionComplementNouns: string[];
  nonPersonWords: string[];
  orgOpeners: Record<string, string>;
  titleSmallWords: string[];
  directionWords: string[];
}
interface DescriptionLexicon {
  heads: Record<string, string[]>;
  modifiers: string[];
}

const LEADING_ARTICLE = /^the\s+/i;

function tokenize(phrase: string): string[] {
  const { its } = nlp();
  return nlp().readDoc(phrase).tokens().out(its.value) as string[];
}

function insert(root: TrieNode, phrase: string, entry: GazetteerEntry): void {
  let node = root;
  const tokens = tokenize(phrase);
  for (const token of tokens) {
    const norm = normalizeToken(token);
    let child = node.next.get(norm);
    if (!child) {
      child = { next: new Map(), entry: null, capitalised: null, acronym: true };
      node.next.set(norm, child);
    }
    node = child;
  }
  node.entry ??= entry; // the first listing of a phrase wins (regions before countries before cities)
  const capitalised = tokens.map((t) => t !== t.toLowerCase());
  node.capitalised = node.capitalised ? node.capitalised.map((c, i) => c && capitalised[i]) : capitalised;
  node.acronym &&= tokens.length === 1 && tokens[0].length > 1 && tokens[0] === tokens[0].toUpperCase();
}

/** Forms are listed without a leading "The" so that mention spans stay tight ("the New York Times"
 * is a mention of "New York Times"), unless the name itself keeps it ("The Atlantic"). */
function addNamed(root: TrieNode, entry: GazetteerEntry, forms: string[]): void {
  const keepArticle = LEADING_ARTICLE.test(entry.name);
  for (const form of new Set(forms.map((f) => (keepArticle ? f : f.replace(LEADING_ARTICLE, "")))))
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
    for (const word of row.members ?? [])
      insert(root, word, { ...entry, kind: "demonym", rule: "mention.member_word" });
  }
}

function addPlaces(root: TrieNode, descriptionNouns: Set<string>): void {
  const countryNames = new Map<string, string>();
  const countryDescriptions = new Map<string, string[]>();
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
    if (subtype === "country") {
      countryNames.set(country, name);
      countryDescriptions.set(country, descriptions ?? []);
    }
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
      // "a Saudi official … the kingdom": the demonym's country is the one referred back to
      descriptions: countryDescriptions.get(country) ?? [],
      rule: "mention.demonym",
    });
  }
}

/** Small towns by lower-cased name → country code: no gazetteer names, only a hint for the
 * context typing of names that stay unknown. */
function townsByName(): Map<string, string> {
  const { towns } = loadLexicon<{ towns: [string, string][] }>("places");
  return new Map(towns.map(([name, country]) => [name.toLowerCase(), country]));
}

function buildTrie(descriptionNouns: Set<string>): TrieNode {
  const root: TrieNode = { next: new Map(), entry: null, capitalised: null, acronym: false };
  addOrganizations(root, "media-outlets", "media", "mention.gazetteer.media");
  addOrganizations(root, "organizations", null, "mention.gazetteer.organization");
  addPlaces(root, descriptionNouns);
  return root;
}

/** Multi-word titles as token lists, by first word, longest first. */
function phrasesByFirstWord(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = tokenize(phrase).map(normalizeToken);
    const list = map.get(words[0]) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    map.set(words[0], list);
  }
  return map;
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
  // every noun a definite description can end on: "the Strip" is a description, not a name
  const descriptionNouns = new Set(Object.keys(descriptions.heads));
  return {
    trie: buildTrie(descriptionNouns),
    descriptionNouns,
    titleHeads: new Set(titles.heads),
    titleWords: new Set(
      titles.phrases.flatMap((p) => p.split(" ")).filter((w) => !words.connectors.includes(w)),
    ),
    titlePhrases: phrasesByFirstWord(titles.phrases),
    weakHeads: new Set(titles.weakHeads),
    otherHeads: new Set(words.otherHeads),
    phraseConnectors: new Set(words.phraseConnectors),
    compoundSuffixes: new Set(words.compoundSuffixes),
    placePrefixes: new Set(words.placePrefixes),
    honorifics: new Set(titles.honorifics),
    premodifiers: new Set(titles.premodifiers),
    roleSynonyms: synonymMap(titles.synonyms),
    orgHeads: new Map(Object.entries(words.orgHeads)),
    placeHeads: new Set(words.placeHeads),
    numberedOutlets: new Set(words.numberedOutlets),
    possessiveOrgs: new Set(words.possessiveOrgs),
    nonNames: new Set(words.nonNames),
    loneNonNames: new Set(words.loneNonNames),
    months: new Set(words.months),
    connectors: new Set(words.connectors),
    possessiveNameWords: new Set(words.possessiveNameWords),
    contextPlaceNouns: new Set(words.contextPlaceNouns),
    contextOrgNouns: new Map(Object.entries(words.contextOrgNouns)),
    locativePrepositions: new Set(words.locativePrepositions),
    towns: townsByName(),
    nationalForceNouns: new Set(words.nationalForceNouns),
    prepositionComplementNouns: new Set(words.prepositionComplementNouns),
    nonPersonWords: new Set(words.nonPersonWords),
    orgOpeners: new Map(Object.entries(words.orgOpeners)),
    titleSmallWords: new Set(words.titleSmallWords),
    directionWords: new Set(words.directionWords),
    descriptionHeads: new Map(Object.entries(descriptions.heads)),
    descriptionModifiers: new Set(descriptions.modifiers),
  };
}

export const LEXICON = compile();

/** "Iran-backed", "state-run": a hyphenated modifier whose second half is a compound suffix. */
export function isCompoundModifier(norm: string): boolean {
  const dash = norm.lastIndexOf("-");
  return dash > 0 && LEXICON.compoundSuffixes.has(norm.slice(dash + 1));
}
