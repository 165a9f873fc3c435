// `parley export --format jsonl|csv|plover|graphml`: the store's content for other tools.
//   jsonl    one line per current article: metadata and its analysis record
//   csv      one table of the corpus view (--table claims|entities|events|positions|figures)
//   plover   one PLOVER-style event per line, merged across articles, with its sources
//   graphml  entities as nodes, joined when named in the same article (weight: articles)
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { CorpusView } from "../corpus/view.ts";
import type { Store } from "../store/open.ts";

export interface ExportOptions {
  db?: string;
  format?: string;
  table?: string;
  out?: string;
  aliases?: string;
}

const FORMATS = ["jsonl", "csv", "plover", "graphml"];

export async function runExport(options: ExportOptions): Promise<number> {
  const format = options.format ?? "jsonl";
  if (!FORMATS.includes(format)) {
    console.error(`parley: unknown export format "${format}" (${FORMATS.join(", ")})`);
    return 2;
  }
  const { openStore, storeOptionsFromEnv } = await import("../store/open.ts");
  const { buildView, readAliasFile } = await import("../corpus/view.ts");
  const store = await openStore(storeOptionsFromEnv(options.db));
  const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  try {
    if (format === "jsonl") await exportArticles(store, out);
    else {
      const view = await buildView(store, readAliasFile(options.aliases));
      if (format === "csv") {
        const table = csvTable(view, options.table ?? "claims");
        if (!table) {
          console.error(
            `parley: unknown table "${options.table}" (claims, entities, events, positions, figures)`,
          );
          return 2;
        }
        out.write(table);
      } else if (format === "plover") out.write(ploverLines(view));
      else out.write(graphml(view));
    }
    return 0;
  } finally {
    if (options.out) await new Promise((resolve) => out.end(resolve));
    await store.close();
  }
}

async function exportArticles(store: Store, out: Writable): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom("articles")
      .select(["id", "doc_key", "version", "url", "outlet", "published", "title", "duplicate_of", "record"])
      .where("is_current", "=", 1)
      .where("id", ">", after)
      .orderBy("id")
      .limit(500)
      .execute();
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    for (const { record, ...meta } of rows)
      out.write(`${JSON.stringify({ ...meta, record: JSON.parse(record) })}\n`);
  }
}

export function csvTable(view: CorpusView, table: string): string | null {
  const tables: Record<string, () => (string | number | null)[][]> = {
    claims: () => [
      ["claim", "article", "outlet", "published", "source", "content", "independent_origins", "echoes"],
      ...view.claims.flatMap((c) =>
        c.reports.map((r) => [
          c.id,
          r.article,
          r.outlet,
          r.published,
          r.source,
          r.content,
          c.independentOrigins,
          c.echoes,
        ]),
      ),
    ],
    entities: () => [
      ["id", "name", "type", "subtype", "articles", "mentions", "aliases", "titles"],
      ...view.index.entities.map((e) => [
        e.id,
        e.name,
        e.type,
        e.subtype,
        e.articles.length,
        e.mentions,
        e.aliases.join("; "),
        e.titles.join("; "),
      ]),
    ],
    events: () => [
      ["event", "date", "type", "statuses", "actors", "place", "article", "outlet", "evidence"],
      ...view.timeline.flatMap((e) =>
        e.sources.map((s) => [
          e.id,
          e.date,
          e.type,
          e.statuses.join("/"),
          e.actors.join("; "),
          e.place,
          s.article,
          s.outlet,
          s.evidence,
        ]),
      ),
    ],
    positions: () => [
      ["party", "issue", "date", "stance", "changed", "according_to", "article", "outlet", "evidence"],
      ...view.ledger.flatMap((r) =>
        r.entries.map((e) => [
          r.party,
          r.issue,
          e.date,
          e.stance,
          e.changed ? 1 : 0,
          e.according,
          e.article,
          e.outlet,
          e.evidence,
        ]),
      ),
    ],
    figures: () => [
      ["what", "unit", "from", "value", "qualifier", "source", "article", "outlet", "date", "evidence"],
      ...view.figures.flatMap((f) =>
        f.reports.map((r) => [
          f.what,
          f.unit,
          f.from,
          r.value,
          r.qualifier,
          r.source,
          r.article,
          r.outlet,
          r.date,
          r.evidence,
        ]),
      ),
    ],
  };
  const rows = tables[table]?.();
  return rows ? `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n` : null;
}

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** PLOVER fields (event, mode, actors, date) plus the sources that report the event. */
function ploverLines(view: CorpusView): string {
  const byEvent = new Map<string, { plover: string | null; cameo: string | null }>();
  for (const row of view.corpus.events)
    byEvent.set(`${row.article_id}|${row.evidence}`, { plover: row.plover, cameo: row.cameo });
  return view.timeline
    .map((e) => {
      const codes = e.sources.map((s) => byEvent.get(`${s.article}|${s.evidence}`)).find((c) => c?.plover);
      const [event, mode] = (codes?.plover ?? e.type).split("/");
      return JSON.stringify({
        id: e.id,
        event_date: e.date,
        event_type: event,
        mode: mode ?? null,
        cameo: codes?.cameo ?? null,
        parley_type: e.type,
        status: e.statuses,
        actor1: e.actors[0] ?? null,
        actor2: e.actors[1] ?? null,
        actors: e.actors,
        location: e.place,
        sources: e.sources.map((s) => ({
          article: s.article,
          outlet: s.outlet,
          published: s.published,
          text: s.evidence,
        })),
      });
    })
    .map((line) => `${line}\n`)
    .join("");
}

function graphml(view: CorpusView): string {
  const named = view.index.entities.filter((e) => e.named);
  const ids = new Map(named.map((e, i) => [e.id, `n${i}`]));
  const byArticle = new Map<number, string[]>();
  for (const e of named) for (const a of e.articles) byArticle.set(a, [...(byArticle.get(a) ?? []), e.id]);
  const weights = new Map<string, number>();
  for (const list of byArticle.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = [ids.get(list[i]), ids.get(list[j])].sort().join(" ");
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  const xml = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const nodes = named.map(
    (e) =>
      `    <node id="${ids.get(e.id)}"><data key="name">${xml(e.name)}</data><data key="type">${xml(e.type)}</data><data key="articles">${e.articles.length}</data></node>`,
  );
  const edges = [...weights].map(([key, w], i) => {
    const [a, b] = key.split(" ");
    return `    <edge id="e${i}" source="${a}" target="${b}"><data key="weight">${w}</data></edge>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="articles" for="node" attr.name="articles" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
  <graph id="entities" edgedefault="undirected">
${[...nodes, ...edges].join("\n")}
  </graph>
</graphml>
`;
}
