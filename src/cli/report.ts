// `parley report`: the negotiation record of the whole store: parties and mediators, timeline,
// position ledger, most-relayed claims with their origins, figures that disagree, outlet comparison.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { CorpusView } from "../corpus/view.ts";
import type { Store } from "../store/open.ts";
import { clip, type Format, render, type Section } from "./render.ts";

export interface ReportOptions {
  db?: string;
  format?: string;
  out?: string;
  aliases?: string;
  limit?: string;
  /** False to recompute even when the store holds this report for its current state. */
  cache?: boolean;
}

export async function runReport(options: ReportOptions): Promise<number> {
  const format = (options.format ?? "terminal") as Format;
  if (!["terminal", "md", "html"].includes(format)) {
    console.error(`parley: unknown report format "${options.format}" (terminal, md, html)`);
    return 2;
  }
  const { openStore, storeOptionsFromEnv } = await import("../store/open.ts");
  const store = await openStore(storeOptionsFromEnv(options.db));
  try {
    const sections = await reportFor(
      store,
      Number(options.limit ?? DEFAULT_LIMIT),
      options.aliases,
      options.cache !== false,
    );
    const text = render("Negotiation record", sections, format);
    if (options.out) writeFileSync(options.out, text);
    else process.stdout.write(text);
    return 0;
  } finally {
    await store.close();
  }
}

const DEFAULT_LIMIT = 25;

/** The report's sections, from the store's cache when it holds them for the store's current state. */
export async function reportFor(
  store: Store,
  limit: number,
  aliasFile: string | undefined,
  useCache: boolean,
): Promise<Section[]> {
  const { buildView, readAliasFile } = await import("../corpus/view.ts");
  const { cachedView } = await import("../store/cache.ts");
  const aliases = readAliasFile(aliasFile);
  const compute = async () => reportSections(await buildView(store, aliases), limit);
  if (!useCache) return compute();
  const key = `report:${limit}:${createHash("sha256").update(JSON.stringify(aliases)).digest("hex").slice(0, 16)}`;
  return cachedView(store, key, compute);
}

/** Computes and caches the default report, so the first `parley report` after an ingest is quick. */
export async function warmReport(store: Store): Promise<void> {
  await reportFor(store, DEFAULT_LIMIT, undefined, true);
}

export function reportSections(view: CorpusView, limit: number): Section[] {
  return [
    overview(view),
    sides(view, limit),
    timeline(view, limit),
    ledger(view, limit),
    claims(view, limit),
    figures(view, limit),
    outlets(view, limit),
  ];
}

function overview(view: CorpusView): Section {
  const articles = [...view.corpus.articles.values()];
  const dates = articles
    .map((a) => a.published?.slice(0, 10))
    .filter((d): d is string => Boolean(d))
    .sort();
  const copies = articles.filter((a) => a.duplicateOf !== null).length;
  return {
    title: "Coverage",
    notes: [
      `${articles.length} articles (${copies} near-duplicate copies) from ${view.outlets.length} outlets` +
        (dates.length ? `, ${dates[0]} to ${dates[dates.length - 1]}` : "") +
        `; ${view.index.entities.filter((e) => e.named).length} named entities, ${view.claims.length} distinct claims, ${view.timeline.length} events.`,
    ],
  };
}

function sides(view: CorpusView, limit: number): Section {
  const role = (id: string) =>
    [
      view.parties.some((p) => p.id === id) ? "party" : "",
      view.mediators.some((m) => m.id === id) ? "mediator" : "",
    ]
      .filter(Boolean)
      .join(", ");
  const shown = [...new Map([...view.mediators, ...view.parties].map((e) => [e.id, e])).values()];
  const fallback = view.index.entities.filter((e) => e.named).slice(0, limit);
  const list = shown.length ? shown.slice(0, limit) : fallback;
  return {
    title: shown.length ? "Parties and mediators" : "Most-named entities",
    header: ["entity", "type", "role", "articles", "also called"],
    rows: list.map((e) => [
      e.name,
      e.subtype ?? e.type,
      role(e.id) || "-",
      String(e.articles.length),
      clip(e.aliases.join("; "), 60),
    ]),
  };
}

function timeline(view: CorpusView, limit: number): Section {
  const events = view.timeline.slice(-limit);
  return {
    title: "Timeline",
    notes: view.timeline.length > limit ? [`The latest ${limit} of ${view.timeline.length} events.`] : [],
    header: ["date", "event", "actors", "status", "reported by"],
    rows: events.map((e) => [
      e.date ?? "undated",
      e.type,
      e.actors.join(", "),
      e.statuses.join("/"),
      outletList(e.sources.map((s) => s.outlet)),
    ]),
  };
}

function ledger(view: CorpusView, limit: number): Section {
  const rows = [...view.ledger]
    .sort((a, b) => b.changes - a.changes || b.entries.length - a.entries.length)
    .slice(0, limit);
  return {
    title: "Position ledger",
    notes: ["Stances in date order; ⚑ marks a change from the stance before."],
    header: ["party", "issue", "stances over time", "changes"],
    rows: rows.map((r) => [
      r.party,
      r.issue,
      r.entries
        .map(
          (e) =>
            `${e.changed ? "⚑ " : ""}${e.date ?? "undated"} ${e.stance} (${e.outlet ?? `article ${e.article}`})`,
        )
        .join("; "),
      String(r.changes),
    ]),
  };
}

function claims(view: CorpusView, limit: number): Section {
  const relayed = view.claims.filter((c) => c.reports.length > 1).slice(0, limit);
  return {
    title: "Most-relayed claims",
    notes: [
      "Independent origins: distinct named sources, unnamed sources of distinct articles, or the first outlet; echoes: further outlets repeating them.",
    ],
    header: ["claim", "outlets", "origins (first reported)", "independent", "echoes"],
    rows: relayed.map((c) => [
      clip(c.text, 100),
      String(c.outlets.length),
      c.origins
        .map(
          (o) =>
            `${o.label} (${o.first.outlet ?? `article ${o.first.article}`}${o.first.published ? `, ${o.first.published.slice(0, 10)}` : ""})`,
        )
        .join("; "),
      String(c.independentOrigins),
      String(c.echoes),
    ]),
  };
}

function figures(view: CorpusView, limit: number): Section {
  return {
    title: "Figures that disagree",
    header: ["what", "from", "values side by side"],
    rows: view.figures
      .slice(0, limit)
      .map((f) => [
        `${f.what} (${f.unit})`,
        f.from ?? "undated",
        f.reports
          .map(
            (r) =>
              `${r.qualifier ? `${r.qualifier} ` : ""}${r.value} — ${r.source ?? "unattributed"}, ${r.outlet ?? `article ${r.article}`}${r.date ? ` ${r.date}` : ""}`,
          )
          .join("; "),
      ]),
  };
}

function outlets(view: CorpusView, limit: number): Section {
  const pct = (x: number | null) => (x === null ? "-" : `${Math.round(x * 100)}%`);
  return {
    title: "Outlet comparison",
    header: [
      "outlet",
      "articles",
      "copies",
      "attributions",
      "unnamed",
      "labels/article",
      "scare quotes/article",
      "voices",
    ],
    rows: view.outlets.slice(0, limit).map((o) => [
      o.outlet,
      String(o.articles),
      String(o.copies),
      String(o.attributions),
      pct(o.unnamedShare),
      o.labelsPerArticle.toFixed(2),
      o.scareQuotesPerArticle.toFixed(2),
      Object.entries(o.voices)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([side, share]) => `${side} ${pct(share)}`)
        .join(", "),
    ]),
  };
}

function outletList(outlets: (string | null)[]): string {
  const names = [...new Set(outlets.map((o) => o ?? "unknown"))];
  return names.length > 4 ? `${names.slice(0, 4).join(", ")} +${names.length - 4}` : names.join(", ");
}
