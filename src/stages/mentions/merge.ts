// Merging candidate mentions into groups, one per thing named in the article: gazetteer aliases
// share a key ("the Mossad" = "Mossad", "AP" = "Associated Press"); a surname joins the full name
// it ends ("Barnea" → "David Barnea"); an acronym joins the organization it abbreviates ("NYT");
// "ABC News" joins "ABC"; a demonym joins its country only when the country is named.
import type { EntityType } from "../../layers.ts";
import { type Candidate, type Context, candidateText } from "./candidates.ts";
import { LEXICON } from "./lexicon.ts";

export interface Group {
  key: string;
  type: EntityType;
  subtype: string | null;
  country: string | null;
  canonical: string | null;
  descriptions: string[];
  members: Candidate[];
}

const NEWS_SUFFIX = " news";
const LETTER = /^\p{L}/u;

/** Lookup tables over the groups, so that each candidate finds its host in constant time. */
class GroupIndex {
  readonly byKey = new Map<string, Group>();
  /** Proper suffixes of person names ("barnea", "david miller") → the latest person ending so. */
  private readonly personSuffixes = new Map<string, Group>();
  /** Initials of organization names ("nyt") → organization. */
  private readonly initials = new Map<string, Group>();
  /** First words of person names ("hillary") → the person, when only one has it. */
  private readonly firstNames = new Map<string, Group | null>();
  /** Acronyms written in parentheses right after an organization's name ("(ELN)") → it. */
  readonly parenthesized = new Map<string, Group>();
  /** Groups merged into another one → that one. */
  private readonly mergedInto = new Map<Group, Group>();

  merge(group: Group, host: Group): void {
    for (const member of group.members) host.members.push(member);
    this.mergedInto.set(group, host);
    for (const [key, value] of this.byKey) if (value === group) this.byKey.set(key, host);
  }

  private resolve(group: Group | undefined): Group | null {
    let current = group ?? null;
    while (current && this.mergedInto.has(current)) current = this.mergedInto.get(current) ?? null;
    return current;
  }

  add(key: string, candidate: Candidate): Group {
    let group = this.byKey.get(key);
    if (!group) {
      group = {
        key,
        type: candidate.type,
        subtype: candidate.subtype,
        country: candidate.country,
        canonical: candidate.canonical,
        descriptions: candidate.descriptions,
        members: [],
      };
      this.byKey.set(key, group);
    }
    if (group.type === "other" && candidate.type !== "other") group.type = candidate.type;
    group.canonical ??= candidate.canonical;
    group.subtype ??= candidate.subtype;
    group.members.push(candidate);
    return group;
  }

  /** Indexes every group's suffixes and initials; call once all names are in. */
  indexNames(): void {
    for (const group of this.byKey.values()) {
      const words = wordsOf(group.key);
      if (group.type === "person") {
        for (let i = 1; i < words.length; i++) this.personSuffixes.set(words.slice(i).join(" "), group);
        if (words.length > 1) this.firstNames.set(words[0], this.firstNames.has(words[0]) ? null : group);
      } else if (group.type === "organization" && words.length > 1) {
        this.initials.set(initialsOf(words), group);
      }
    }
  }

  /** The group a short form joins: a person name it ends, an organization it abbreviates or
   * shortens ("ABC News" → "ABC"). */
  host(candidate: Candidate, context: Context): Group | null {
    const words = candidate.key.slice(candidate.key.indexOf(":") + 1);
    if (candidate.weakFirst && candidate.type === "person") {
      const rest = words.slice(words.indexOf(" ") + 1);
      const person = this.resolve(this.byKey.get(`person:${rest}`) ?? this.personSuffixes.get(rest));
      if (person) return person;
    }
    if (candidate.type === "person" || candidate.type === "other") {
      const suffixOf = this.personSuffixes.get(words);
      // an unlisted word may also be the very name a title made a person ("Governor Kasich" … "Kasich")
      const sameName =
        suffixOf || candidate.type === "person" ? undefined : this.byKey.get(`person:${words}`);
      const person = this.resolve(suffixOf ?? sameName);
      if (person && person.key !== candidate.key) return person;
    }
    if (candidate.type === "other") {
      const person = this.resolve(this.firstNames.get(words) ?? undefined);
      if (person) return person;
    }
    if (candidate.rule === "mention.acronym") {
      const text = candidateText(context, candidate).replace(/\./g, "").toLowerCase();
      const organization = this.resolve(this.parenthesized.get(text) ?? this.initials.get(text));
      if (organization) return organization;
    }
    if (candidate.type === "organization" && words.endsWith(NEWS_SUFFIX))
      return this.resolve(this.byKey.get(`org:${words.slice(0, -NEWS_SUFFIX.length)}`));
    return null;
  }
}

function wordsOf(key: string): string[] {
  return key.slice(key.indexOf(":") + 1).split(" ");
}

function initialsOf(words: string[]): string {
  let initials = "";
  // "'s" and "-" are no words of the name ("Tigray People's Liberation Front": TPLF)
  for (const w of words) if (!LEXICON.connectors.has(w) && LETTER.test(w)) initials += w[0];
  return initials;
}

/** A demonym, or a place inside a title: it joins its place only when that is named elsewhere. */
function isModifier(c: Candidate): boolean {
  return c.kind === "demonym" || (c.inTitle && c.type === "place");
}

/** Groups every candidate; headline names join only when the body names the same thing. */
export function groupCandidates(context: Context, candidates: Candidate[]): Group[] {
  const index = new GroupIndex();
  const deferred: Candidate[] = [];
  for (const c of candidates) {
    if (isModifier(c) || c.headline || c.type === "other") deferred.push(c);
    else index.add(c.key, c);
  }
  index.indexNames();
  indexParenthesizedAcronyms(index, context, candidates);
  mergeShortForms(index, context);
  // body mentions before headline ones, mid-sentence capitals before sentence-initial ones
  const order = (c: Candidate) => (c.headline ? 2 : 0) + (c.sentenceInitial ? 1 : 0);
  deferred.sort((a, b) => order(a) - order(b));
  for (const c of deferred) joinDeferred(index, c, context);
  return [...new Set(index.byKey.values())];
}

/** "the National Liberation Army (ELN)": the acronym names the organization before it, whatever
 * language its initials come from. */
function indexParenthesizedAcronyms(index: GroupIndex, context: Context, candidates: Candidate[]): void {
  const { tokens, coverage } = context;
  for (const c of candidates) {
    const open = c.tokenStart - 1;
    if (
      c.rule !== "mention.acronym" ||
      open < 1 ||
      tokens[open].text !== "(" ||
      tokens[c.tokenEnd]?.text !== ")"
    )
      continue;
    const before = coverage[open - 1];
    const named = before >= 0 ? context.candidates[before] : null;
    if (!named || named.type !== "organization" || named.tokenEnd !== open) continue;
    const group = index.byKey.get(named.key);
    const text = candidateText(context, c).replace(/\./g, "").toLowerCase();
    if (group && !index.parenthesized.has(text)) index.parenthesized.set(text, group);
  }
}

/** "David Barnea" then "Barnea", "ABC News" and "ABC": one group each. */
function mergeShortForms(index: GroupIndex, context: Context): void {
  for (const group of [...new Set(index.byKey.values())]) {
    const host = index.host(group.members[0], context);
    if (host && host !== group) index.merge(group, host);
  }
}

function joinDeferred(index: GroupIndex, c: Candidate, context: Context): void {
  const existing = index.byKey.get(c.key);
  if (isModifier(c)) {
    existing?.members.push(c);
    return;
  }
  const host = existing ?? index.host(c, context);
  if (host) {
    host.members.push(c);
    index.byKey.set(c.key, host);
  } else if (c.canonical || (!c.headline && !(c.sentenceInitial && c.type === "other"))) {
    // a listed name always stands; an unlisted word only outside headlines and sentence starts
    index.add(c.key, c);
  }
}
