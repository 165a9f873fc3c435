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

const NEWS_SUFFIX = /^(.*) news$/;

function addToGroup(groups: Map<string, Group>, key: string, candidate: Candidate): Group {
  let group = groups.get(key);
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
    groups.set(key, group);
  }
  if (group.type === "other" && candidate.type !== "other") group.type = candidate.type;
  group.canonical ??= candidate.canonical;
  group.subtype ??= candidate.subtype;
  group.members.push(candidate);
  return group;
}

function words(key: string): string[] {
  return key.slice(key.indexOf(":") + 1).split(" ");
}

function initials(key: string): string {
  return words(key)
    .filter((w) => !LEXICON.connectors.has(w) && /^\p{L}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** The group a name joins besides its own key: a longer person name it ends, an organization it
 * abbreviates or shortens ("ABC News" → "ABC"). */
function findHost(groups: Map<string, Group>, candidate: Candidate, context: Context): Group | null {
  const own = words(candidate.key);
  const text = candidateText(context, candidate).replace(/\./g, "").toLowerCase();
  let host: Group | null = null;
  for (const group of groups.values()) {
    if (group.key === candidate.key) continue;
    const theirs = words(group.key);
    if (group.type === "person" && candidate.type !== "organization" && candidate.type !== "place") {
      const endsTheirs =
        own.length < theirs.length && own.every((w, i) => theirs[theirs.length - own.length + i] === w);
      if (endsTheirs) host = group; // the latest such person wins
    } else if (group.type === "organization" && candidate.type === "other" && own.length === 1) {
      if (text.length > 1 && initials(group.key) === text) host = group;
    }
  }
  const shortened = NEWS_SUFFIX.exec(own.join(" "));
  if (!host && shortened && candidate.type === "organization")
    host = groups.get(`org:${shortened[1]}`) ?? null;
  return host;
}

/** A demonym, or a place inside a title: it joins its place only when that is named elsewhere. */
function isModifier(c: Candidate): boolean {
  return c.kind === "demonym" || (c.inTitle && c.type === "place");
}

/** Groups every candidate; headline names join only when the body names the same thing. */
export function groupCandidates(context: Context, candidates: Candidate[]): Group[] {
  const groups = new Map<string, Group>();
  const ordered = [...candidates.filter((c) => !c.headline), ...candidates.filter((c) => c.headline)];
  const deferred: Candidate[] = [];
  for (const c of ordered) {
    if (isModifier(c) || (c.headline && !c.canonical) || c.type === "other") deferred.push(c);
    else addToGroup(groups, c.key, c);
  }
  mergeShortForms(groups, context);
  for (const c of deferred) joinDeferred(groups, c, context);
  return [...new Set(groups.values())];
}

/** "David Barnea" then "Barnea", "ABC News" and "ABC": one group each. */
function mergeShortForms(groups: Map<string, Group>, context: Context): void {
  const byLength = [...groups.values()].sort((a, b) => words(a.key).length - words(b.key).length);
  for (const group of byLength) {
    const host = findHost(groups, group.members[0], context);
    if (!host || host === group) continue;
    for (const member of group.members) host.members.push(member);
    groups.set(group.key, host);
  }
}

function joinDeferred(groups: Map<string, Group>, c: Candidate, context: Context): void {
  const existing = groups.get(c.key);
  if (isModifier(c)) {
    if (existing) existing.members.push(c);
    return;
  }
  const host = existing ?? findHost(groups, c, context);
  if (host) {
    host.members.push(c);
    groups.set(c.key, host);
  } else if (!c.headline) addToGroup(groups, c.key, c);
}
