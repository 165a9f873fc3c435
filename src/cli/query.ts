// `parley query entities|claims|events`: looking things up in the corpus view, as a table or JSON.
import type { ClaimCluster } from "../corpus/claims.ts";
import type { CorpusEntity } from "../corpus/link.ts";
import type { TimelineEvent } from "../corpus/timeline.ts";
import type { CorpusView } from "../corpus/view.ts";
import { clip, render, type Section } from "./render.ts";

export interface QueryOptions {
  db?: string;
  name?: string;
  type?: string;
  text?: string;
  source?: string;
  actor?: string;
  from?: string;
  to?: string;
  json?: boolean;
  aliases?: string;
  limit?: string;
}

export async function runQuery(what: string, options: QueryOptions): Promise<number> {
  if (!["entities", "claims", "events"].includes(what)) {
    console.error(`parley: query what? "${what}" (entities, claims, events)`);
    return 2;
  }
  const { openStore, searchArticleIds, storeOptionsFromEnv } = await import("../store/open.ts");
  const { buildView, readAliasFile } = await import("../corpus/view.ts");
  const store = await openStore(storeOptionsFromEnv(options.db));
  try {
    const view = await buildView(store, readAliasFile(options.aliases));
    const limit = Number(options.limit ?? 50);
    // Full-text search narrows claims to the articles that match, then to the claims that say it.
    const articles =
      what === "claims" && options.text ? new Set(await searchArticleIds(store, options.text, 10_000)) : null;
    const found =
      what === "entities"
        ? findEntities(view, options)
        : what === "claims"
          ? findClaims(view, options, articles)
          : findEvents(view, options);
    const shown = found.slice(0, limit);
    if (options.json) process.stdout.write(`${JSON.stringify(shown, null, 1)}\n`);
    else process.stdout.write(render(`${found.length} ${what}`, [table(what, shown)], "terminal"));
    return 0;
  } finally {
    await store.close();
  }
}

const has = (haystack: string, needle: string | undefined) =>
  !needle || haystack.toLowerCase().includes(needle.toLowerCase());

export function findEntities(view: CorpusView, o: QueryOptions): CorpusEntity[] {
  return view.index.entities.filter(
    (e) =>
      e.named &&
      (!o.type || e.type === o.type || e.subtype === o.type) &&
      (!o.name || [e.name, ...e.aliases].some((n) => has(n, o.name))),
  );
}

export function findClaims(view: CorpusView, o: QueryOptions, articles: Set<number> | null): ClaimCluster[] {
  const words = o.text?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return view.claims.filter(
    (c) =>
      (!articles || c.reports.some((r) => articles.has(r.article))) &&
      words.every((w) => c.reports.some((r) => r.content.toLowerCase().includes(w))) &&
      (!o.source || c.origins.some((origin) => has(origin.label, o.source))),
  );
}

export function findEvents(view: CorpusView, o: QueryOptions): TimelineEvent[] {
  return view.timeline.filter(
    (e) =>
      (!o.type || e.type === o.type) &&
      (!o.actor || e.actors.some((a) => has(a, o.actor))) &&
      (!o.from || (e.date !== null && e.date >= o.from)) &&
      (!o.to || (e.date !== null && e.date <= o.to)),
  );
}

function table(what: string, items: unknown[]): Section {
  if (what === "entities") {
    return {
      title: "Entities",
      header: ["id", "name", "type", "articles", "mentions", "also called"],
      rows: (items as CorpusEntity[]).map((e) => [
        e.id,
        e.name,
        e.subtype ?? e.type,
        String(e.articles.length),
        String(e.mentions),
        clip(e.aliases.join("; "), 60),
      ]),
    };
  }
  if (what === "claims") {
    return {
      title: "Claims",
      header: ["id", "claim", "outlets", "origins", "independent", "echoes"],
      rows: (items as ClaimCluster[]).map((c) => [
        c.id,
        clip(c.text, 90),
        String(c.outlets.length),
        c.origins.map((o) => o.label).join("; "),
        String(c.independentOrigins),
        String(c.echoes),
      ]),
    };
  }
  return {
    title: "Events",
    header: ["id", "date", "type", "actors", "status", "sources"],
    rows: (items as TimelineEvent[]).map((e) => [
      e.id,
      e.date ?? "undated",
      e.type,
      e.actors.join(", "),
      e.statuses.join("/"),
      String(e.sources.length),
    ]),
  };
}
