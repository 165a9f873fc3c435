// The figures lexicon (lexicon/data/figures.json) compiled once.
import { loadLexicon } from "../../lexicon/load.ts";
import { WordSet } from "../../text/vocabulary.ts";
import { entriesOf, PhraseIndex, PhraseSet } from "../events/words.ts";

interface FigureData {
  number_words: Record<string, number>;
  multipliers: Record<string, number>;
  qualifiers: string[];
  qualifier_blockers: string[];
  small_spelled: string[];
  units: Record<string, string[]>;
  durations: string[];
  duration_context: string[];
  elliptic: string[];
  age_before: string[];
  age_after: string[];
  time_after: string[];
  source_heads: string[];
  source_followers: string[];
  source_preceders: string[];
  year_prepositions: string[];
  counted_verbs: Record<string, string[]>;
  people_extra: string[];
  duration_prepositions: string[];
  toll_words: string[];
  people_verbs: string[];
  currency_symbols: Record<string, string>;
}

function compile() {
  const d = loadLexicon<FigureData>("figures");
  return {
    numberWords: new Map(Object.entries(d.number_words)),
    numberPhrases: new PhraseSet(Object.keys(d.number_words)),
    multipliers: new Map(Object.entries(d.multipliers)),
    qualifiers: new PhraseSet(d.qualifiers),
    qualifierBlockers: new WordSet(d.qualifier_blockers),
    smallSpelled: new Set(d.small_spelled),
    unitWords: unitIndex([
      ["people", entriesOf("negotiation-words", "people")],
      ["people", d.people_extra],
      ["people", pluralDemonyms()],
      ...Object.entries(d.units),
    ]),
    currencySymbols: new Map(Object.entries(d.currency_symbols)),
    durations: new Set(d.durations),
    durationContext: new PhraseSet(d.duration_context),
    elliptic: new Set(d.elliptic),
    ageBefore: new Set(d.age_before),
    ageAfter: new PhraseSet(d.age_after),
    timeAfter: new Set(d.time_after),
    sourceHeads: new Set(d.source_heads),
    sourceFollowers: new PhraseSet(d.source_followers),
    sourcePreceders: new PhraseSet(d.source_preceders),
    yearPrepositions: new Set(d.year_prepositions),
    durationPrepositions: new PhraseSet(d.duration_prepositions),
    tollWords: new PhraseSet(d.toll_words),
    peopleVerbs: new PhraseSet(d.people_verbs.flatMap((what) => d.counted_verbs[what] ?? [])),
    counted: Object.entries(d.counted_verbs).map(([what, words]) => ({ what, words: new PhraseSet(words) })),
  };
}

/** "81 Pakistanis", "300 Ukrainians": a nationality's plural counts people. */
function pluralDemonyms(): string[] {
  const { demonyms } = loadLexicon<{ demonyms: Record<string, string> }>("places");
  return Object.keys(demonyms).filter((w) => w.endsWith("s") && w.slice(0, -1) in demonyms);
}

/** Unit nouns by first word: the first group with a phrase at a token wins, and in it the longest. */
function unitIndex(groups: [string, string[]][]): PhraseIndex<{ unit: string; order: number }> {
  const entries = groups.flatMap(([unit, words], order) => words.map((w) => [w, { unit, order }] as const));
  return new PhraseIndex(
    entries,
    (a, b) => a.value.order - b.value.order || b.phrase.length - a.phrase.length,
  );
}

let compiled: ReturnType<typeof compile> | null = null;

export function figureLexicon() {
  compiled ??= compile();
  return compiled;
}
