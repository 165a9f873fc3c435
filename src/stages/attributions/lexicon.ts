// The attribution stage's lexicons, compiled once at module load into Sets and Maps.
import { loadLexicon } from "../../lexicon/load.ts";
import { WordSet } from "../../text/vocabulary.ts";

interface CueVerbsData {
  speech: string[];
  verbal_only: string[];
  particles: Record<string, string | string[]>;
  label_verbs: string[];
  takes_object: string[];
  complement_required: string[];
  report_like: string[];
  infinitive_ok: string[];
  cognition: string[];
  coordination_cut: string[];
  wh_complement: string[];
  irregular: Record<string, string[]>;
  quote_only: string[];
  figure_only: string[];
  figure_nouns: string[];
}

interface FramesData {
  adverbs_between: string[];
  auxiliaries: string[];
  event_nouns: string[];
  time_words: string[];
  time_modifiers: string[];
  frame_prepositions: string[];
  relay_lead: string[];
  relative_pronouns: string[];
  contrast_starts: string[];
  tail_stops: string[];
  headline_labels: string[];
}

interface SourceNounsData {
  anonymous: string[];
  anonymous_strict: string[];
  document: string[];
  media: string[];
  collective: string[];
}

interface PronounsData {
  person_singular: string[];
  plural: string[];
  thing: string[];
  speaker: string[];
  relative: string[];
}

/** Regular English inflections of a verb lemma: -s, -ed, -ing. */
export function inflect(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const stem = consonantY ? lemma.slice(0, -1) : lemma;
  const third = consonantY ? `${stem}ies` : /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const doubled = DOUBLED.has(lemma) ? lemma + lemma.at(-1) : lemma;
  const past = consonantY ? `${stem}ied` : lemma.endsWith("e") ? `${lemma}d` : `${doubled}ed`;
  const gerund = lemma.endsWith("e") && !lemma.endsWith("ee") ? `${lemma.slice(0, -1)}ing` : `${doubled}ing`;
  return [lemma, third, past, gerund];
}

function formsOf(data: CueVerbsData): Map<string, string> {
  const forms = new Map<string, string>();
  for (const lemma of data.speech) {
    for (const form of inflect(lemma)) if (!forms.has(form)) forms.set(form, lemma);
    for (const form of data.irregular[lemma] ?? []) forms.set(form, lemma);
  }
  return forms;
}

const cueData = loadLexicon<CueVerbsData>("cue-verbs");
const frames = loadLexicon<FramesData>("cue-frames");
const nouns = loadLexicon<SourceNounsData>("source-nouns");
const pronouns = loadLexicon<PronounsData>("pronouns");
const outlets = loadLexicon<{ outlets: string[] }>("relay-outlets");
// the mentions stage's outlet gazetteer names relays too ("told Radio Okapi")
const mediaOutlets = loadLexicon<{ entries: { name: string; aliases?: string[] }[] }>("media-outlets");
const affiliations = loadLexicon<{ demonyms: Record<string, string> }>("source-affiliations");
const grammar = loadLexicon<Record<string, string[]>>("cue-grammar");
const DOUBLED = new Set(grammar.doubled_consonant);

export const CUE_FORMS: ReadonlyMap<string, string> = formsOf(cueData);
/** The words a cue can open with ("according" too), tested on every token by its word number. */
export const CUE_OPENERS = new WordSet([...CUE_FORMS.keys(), "according"]);
export const VERBAL_ONLY = new Set(cueData.verbal_only);
/** Verbs that are cues only before "<figure noun> at <number>" ("put the death toll at 604"). */
export const FIGURE_ONLY = new Set(cueData.figure_only);
export const FIGURE_NOUNS = new Set(cueData.figure_nouns);
/** The particle(s) a cue verb needs after it: "point out", "call for" / "call on". */
export const PARTICLES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(cueData.particles).map(([lemma, p]) => [lemma, typeof p === "string" ? [p] : p]),
);
/** Verbs that name something: a cue without their particle only with a quotation in the content. */
export const LABEL_VERBS = new Set(cueData.label_verbs);
/** Verbs that report speech only when a quotation is in their content ("he continued"). */
export const QUOTE_ONLY = new Set(cueData.quote_only);
export const TAKES_OBJECT = new Set(cueData.takes_object);
export const COMPLEMENT_REQUIRED = new Set(cueData.complement_required);
export const REPORT_LIKE = new Set(cueData.report_like);
export const INFINITIVE_OK = new Set(cueData.infinitive_ok);
export const COGNITION = new Set(cueData.cognition);
export const COORDINATION_CUT = new Set(cueData.coordination_cut);
export const WH_COMPLEMENT = new Set(cueData.wh_complement);
export const ADVERBS_BETWEEN = new Set(frames.adverbs_between);
export const AUXILIARIES = new Set(frames.auxiliaries);
export const EVENT_NOUNS = new Set(frames.event_nouns);
export const TIME_WORDS = new Set(frames.time_words);
/** Words that make a time phrase of the time word after them ("late Tuesday", "early on Monday"). */
export const TIME_MODIFIERS = new Set(frames.time_modifiers);
export const FRAME_PREPOSITIONS = new Set(frames.frame_prepositions);
export const RELAY_LEAD = new Set(frames.relay_lead);
export const RELATIVE_PRONOUNS = new Set(frames.relative_pronouns);
export const CONTRAST_STARTS = new Set(frames.contrast_starts);
export const TAIL_STOPS = new Set(frames.tail_stops);
export const HEADLINE_LABELS = new Set(frames.headline_labels);
export const ANONYMOUS_HEADS = new Set(nouns.anonymous);
export const STRICT_ANONYMOUS_HEADS = new Set(nouns.anonymous_strict);
export const DOCUMENT_HEADS = new Set(nouns.document);
export const MEDIA_HEADS = new Set(nouns.media);
/** Singular heads of an unnamed person ("a retired diplomat"), whom a later "he" or "she" can be. */
export const PERSON_HEADS = new Set(
  nouns.anonymous.filter((w) => !nouns.collective.includes(w) && (!w.endsWith("s") || w === "witness")),
);
export const PERSON_PRONOUNS = new Set(pronouns.person_singular);
export const PLURAL_PRONOUNS = new Set(pronouns.plural);
export const THING_PRONOUNS = new Set(pronouns.thing);
export const SPEAKER_PRONOUNS = new Set(pronouns.speaker);
export const RELATIVE_SOURCE = new Set(pronouns.relative);
export const OUTLETS = new Set(
  [...outlets.outlets, ...mediaOutlets.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])])].map((o) =>
    o.toLowerCase(),
  ),
);
/** Longest outlet name in tokens, to bound the phrase lookup. */
export const OUTLET_MAX_WORDS = Math.max(...[...OUTLETS].map((o) => o.split(" ").length));
export const WH_WORDS = new Set(grammar.wh_words);
export const COORDINATORS = new Set(grammar.coordinators);
export const CONTRAST_JOINERS = new Set(grammar.contrast_joiners);
export const VERB_CONTRAST_JOINERS = new Set(grammar.verb_contrast_joiners);
export const OBJECT_PRONOUNS = new Set(grammar.object_pronouns);
export const SPEAKER_WORDS = new Set(grammar.speaker_words);
export const CLAUSE_OPENERS = new Set(grammar.clause_openers);
export const SUBORDINATORS = new Set(grammar.subordinators);
export const IRREGULAR_PARTICIPLES = new Set(grammar.irregular_participles);
export const ACTIVE_IRREGULAR_PARTICIPLES = new Set(grammar.active_irregular_participles);
export const REDUCED_RELATIVE_PARTICIPLES = new Set(grammar.reduced_relative_participles);
export const PASSIVE_AUXILIARIES = new Set(grammar.passive_auxiliaries);
/** "If the talks fail, the envoy said, …": a fronted clause that belongs to what was said. */
export const CONDITION_OPENERS = new Set(grammar.condition_openers);
export const ADVERBIAL_OPENERS = new Set(grammar.adverbial_openers);
/** "When asked whether C, S said …": words before "asked" that leave the asker unnamed. */
export const QUESTION_FRAMES = new Set(grammar.question_frames);
export const NO_CONTENT_PREPOSITIONS = new Set(grammar.no_content_prepositions);
/** The word before "to" in "S went on to say C", "S declined to say whether C". */
export const INFINITIVE_FRAMES = new Set(grammar.infinitive_frames);
/** "about half of voters", "nearly 4 in 10": words that approximate a quantity, and quantity nouns. */
export const QUANTITY_LEADS = new Set(grammar.quantity_leads);
/** "more than 4 in 10": words that open a share with "than". */
export const COMPARATIVES = new Set(grammar.comparatives);
export const QUANTITY_NOUNS = new Set(grammar.quantity_nouns);
/** Words after which a gerund cue hangs on the clause before ("… by saying C"). */
export const PARTICIPLE_LEADS = new Set(grammar.participle_leads);
export const RELAY_PREPOSITIONS = new Set(grammar.relay_prepositions);
export const NP_PREPOSITIONS = new Set(grammar.np_prepositions);
export const POSSESSIVES = new Set(grammar.possessives);
export const SUBJECT_PRONOUNS = new Set(grammar.subject_pronouns);
export const DESCRIPTION_CUT = new Set(grammar.description_cut);
export const DESCRIPTION_OPENERS = new Set(grammar.description_openers);
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(affiliations.demonyms));
