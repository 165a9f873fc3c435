// The article reader's data: the stored text and every extracted item of its analysis record, each
// with the spans to highlight. Spans come from the record; any that fall outside the text are dropped,
// so a bad record can never make the reader slice past the text.
import type { AnalysisRecord } from "../record/build.ts";
import type { Store } from "../store/open.ts";
import { articleSummary } from "./queries.ts";

interface SpanLike {
  start: number;
  end: number;
}

type Layer = "entity" | "claim" | "event" | "position" | "figure" | "label" | "date";

export interface ReaderItem {
  ref: string;
  layer: Layer;
  label: string;
  detail: string;
  focus: SpanLike;
  spans: SpanLike[];
}

export async function articleDetail(store: Store, id: number) {
  const row = await store.db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const duplicates = await store.db
    .selectFrom("articles")
    .select("id")
    .where("duplicate_of", "=", id)
    .execute();
  const record = JSON.parse(row.record) as Partial<AnalysisRecord>;
  return {
    ...articleSummary(row),
    text: row.text,
    items: readerItems(record, row.text.length),
    duplicates: duplicates.map((d) => d.id),
    previousVersion: row.previous_id,
  };
}

export function readerItems(record: Partial<AnalysisRecord>, length: number): ReaderItem[] {
  const items: ReaderItem[] = [];
  const entityNames = new Map<string, string>();
  const push = (
    ref: string,
    layer: Layer,
    label: string,
    detail: string,
    spans: (SpanLike | null | undefined)[],
  ) => {
    const valid = spans.filter((s): s is SpanLike => isValidSpan(s, length));
    if (valid.length) items.push({ ref, layer, label, detail, focus: valid[valid.length - 1], spans: valid });
  };
  for (const e of record.entities ?? []) {
    entityNames.set(e.id, e.name);
    const detail = [e.type, e.subtype, ...(e.titles ?? [])].filter(Boolean).join(" · ");
    const mentions = e.mentions ?? [];
    push(`entity:${e.id}`, "entity", e.name, detail, mentions);
    // The entity's focus is its first mention, not its last.
    const item = items[items.length - 1];
    if (item?.ref === `entity:${e.id}`) item.focus = item.spans[0];
  }
  const name = (id: string | null | undefined) => (id ? (entityNames.get(id) ?? id) : null);
  for (const a of record.attributions ?? []) {
    const source = a.source ? (name(a.source.entity) ?? a.source.text) : "no source";
    const via = a.via?.length ? ` via ${a.via.map((v) => v.text).join(" ← ")}` : "";
    const sub = a.content.spans?.map(([start, end]) => ({ start, end })) ?? [];
    push(
      `claim:${a.id}`,
      "claim",
      `${source}${a.source?.anonymous ? " (unnamed)" : ""}`,
      `${a.kind} quote${via}`,
      [a.source, a.cue, ...sub, a.content],
    );
  }
  (record.events ?? []).forEach((e, i) => {
    const actors = e.actors.map((x) => name(x) ?? x).join(", ");
    push(`event:${i}`, "event", e.type, [e.status, actors, e.date?.resolved].filter(Boolean).join(" · "), [
      e.trigger,
      e.evidence,
    ]);
  });
  (record.positions ?? []).forEach((p, i) => {
    push(
      `position:${i}`,
      "position",
      `${name(p.party) ?? p.partyText}: ${p.stance} ${p.issue}`,
      p.object?.text ?? "",
      [p.evidence],
    );
  });
  (record.figures ?? []).forEach((f, i) => {
    push(
      `figure:${i}`,
      "figure",
      `${f.value} ${f.counted ?? f.unit}`,
      [f.qualifier, f.source?.text].filter(Boolean).join(" · "),
      [f.number, f.evidence],
    );
  });
  (record.framing?.labels ?? []).forEach((l, i) => {
    push(`label:${i}`, "label", l.text, `label for ${name(l.actor) ?? l.actor}`, [l]);
  });
  (record.dates ?? []).forEach((d, i) => {
    push(`date:${i}`, "date", d.resolved ?? d.text, d.certainty, [d]);
  });
  return items;
}

function isValidSpan(span: SpanLike | null | undefined, length: number): boolean {
  return (
    !!span &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= length
  );
}
