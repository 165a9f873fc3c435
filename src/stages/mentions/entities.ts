// Turning merged groups into the layer's Mention and Entity records. An entity's name is the
// gazetteer's name or its fullest surface form; aliases are its other surface forms; titles are
// its title and role strings as written; ids are slugs of the name, stable across runs.
import type { Entity, Mention } from "../../layers.ts";
import { type Candidate, type Context, nameEnd } from "./candidates.ts";
import type { Description } from "./descriptions.ts";
import type { Group } from "./merge.ts";

const LEADING_ARTICLE = /^(the|a|an)\s+/i;

interface Draft {
  group: Group;
  entity: Entity;
}

const slugs = new Map<string, string>();
const MAX_CACHED_SLUGS = 20_000;

/** Slugs are cached: the same names come back article after article. */
function slug(name: string): string {
  let cached = slugs.get(name);
  if (cached === undefined) {
    if (slugs.size >= MAX_CACHED_SLUGS) slugs.clear();
    cached = computeSlug(name);
    slugs.set(name, cached);
  }
  return cached;
}

function computeSlug(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "entity"
  );
}

function spanText(context: Context, tokenStart: number, tokenEnd: number): string {
  return context.model.text.slice(context.tokens[tokenStart].start, nameEnd(context.tokens[tokenEnd - 1]));
}

function fullestName(context: Context, group: Group): string {
  if (group.canonical) return group.canonical;
  let best: Candidate | null = null;
  for (const m of group.members) {
    if (m.kind !== "name" || m.rule === "mention.possessive_office") continue;
    if (!best || m.tokenEnd - m.tokenStart > best.tokenEnd - best.tokenStart) best = m;
  }
  const chosen = best ?? group.members[0];
  return spanText(context, chosen.tokenStart, chosen.tokenEnd);
}

function uniqueId(name: string, taken: Set<string>): string {
  const base = slug(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function mention(
  context: Context,
  tokenStart: number,
  tokenEnd: number,
  fields: Omit<Mention, "start" | "end" | "text">,
): Mention {
  const start = context.tokens[tokenStart].start;
  const last = context.tokens[tokenEnd - 1];
  const end = fields.kind === "name" ? nameEnd(last) : last.end;
  const { type, kind, entity, rule } = fields;
  return { start, end, text: context.model.text.slice(start, end), type, kind, entity, rule };
}

function draftEntities(context: Context, groups: Group[]): Draft[] {
  const taken = new Set<string>();
  const firstAt = new Map<Group, number>();
  for (const g of groups)
    firstAt.set(
      g,
      g.members.reduce((min, m) => Math.min(min, m.tokenStart), Infinity),
    );
  return [...groups]
    .sort((a, b) => (firstAt.get(a) ?? 0) - (firstAt.get(b) ?? 0))
    .map((group) => {
      const name = fullestName(context, group);
      const entity: Entity = {
        id: uniqueId(name, taken),
        name,
        type: group.type,
        aliases: [],
        titles: [],
        affiliation: null,
        subtype: group.subtype,
        mentions: [],
        rules: [],
      };
      for (const m of group.members) m.entity = entity.id;
      return { group, entity };
    });
}

function pushUnique(list: string[], value: string, except: string): void {
  if (value !== except && !list.includes(value)) list.push(value);
}

/** Entity id for an affiliation key: the group holding a member with that key. */
function affiliationOf(draft: Draft, byKey: Map<string, string>): string | null {
  for (const m of draft.group.members) {
    const id = m.affiliationKey ? byKey.get(m.affiliationKey) : undefined;
    if (id && id !== draft.entity.id) return id;
  }
  const country = draft.group.country ? byKey.get(`place:${draft.group.country}`) : undefined;
  return country && country !== draft.entity.id ? country : null;
}

export function buildEntities(
  context: Context,
  standing: Candidate[],
  groups: Group[],
  descriptions: Description[],
): { mentions: Mention[]; entities: Entity[] } {
  const drafts = draftEntities(context, groups);
  const byGroup = new Map(drafts.map((d) => [d.group, d]));
  const byId = new Map(drafts.map((d) => [d.entity.id, d]));
  const byKey = new Map<string, string>();
  for (const d of drafts) for (const m of d.group.members) byKey.set(m.key, d.entity.id);

  const mentions: Mention[] = [];
  for (const c of standing) {
    if (c.headline && !c.entity) continue; // headline words the body never names
    const draft = c.entity ? byId.get(c.entity) : undefined;
    const type = draft?.entity.type ?? c.type;
    mentions.push(
      mention(context, c.tokenStart, c.tokenEnd, { type, kind: c.kind, entity: c.entity, rule: c.rule }),
    );
    if (draft && c.kind === "name")
      pushUnique(draft.entity.aliases, mentions[mentions.length - 1].text, draft.entity.name);
    for (const title of c.titles) {
      const m = mention(context, title.tokenStart, title.tokenEnd, {
        type: "person",
        kind: "title",
        entity: c.entity,
        rule: title.rule,
      });
      mentions.push(m);
      if (draft) pushUnique(draft.entity.titles, m.text, "");
    }
  }
  for (const d of descriptions) {
    const draft = byGroup.get(d.group);
    if (!draft) continue;
    const kind = draft.entity.type === "person" ? "title" : "description";
    const m = mention(context, d.tokenStart, d.tokenEnd, {
      type: draft.entity.type,
      kind,
      entity: draft.entity.id,
      rule: d.rule,
    });
    mentions.push(m);
    if (kind === "title") pushUnique(draft.entity.titles, m.text.replace(LEADING_ARTICLE, ""), "");
    else pushUnique(draft.entity.aliases, m.text, draft.entity.name);
  }
  return { mentions: indexMentions(mentions, drafts), entities: finishEntities(drafts, byKey) };
}

function indexMentions(mentions: Mention[], drafts: Draft[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const byId = new Map(drafts.map((d) => [d.entity.id, d.entity]));
  mentions.forEach((m, i) => {
    const entity = m.entity ? byId.get(m.entity) : undefined;
    if (!entity) return;
    entity.mentions.push(i);
    if (!entity.rules.includes(m.rule)) entity.rules.push(m.rule);
  });
  return mentions;
}

function finishEntities(drafts: Draft[], byKey: Map<string, string>): Entity[] {
  for (const d of drafts) d.entity.affiliation = affiliationOf(d, byKey);
  return drafts.map((d) => d.entity);
}
