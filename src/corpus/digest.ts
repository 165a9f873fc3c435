// The compact per-article rows the corpus layer works from, derived from an analysis record.
import type { ItemSource } from "../layers.ts";
import type { AnalysisRecord } from "../record/build.ts";
import type {
  ClaimRowTable,
  EntityRowTable,
  EventRowTable,
  FigureRowTable,
  PositionRowTable,
} from "../store/schema.ts";

type Row<T> = Omit<T, "article_id">;

export interface ArticleDigest {
  entities: Row<EntityRowTable>[];
  claims: Row<ClaimRowTable>[];
  events: Row<EventRowTable>[];
  positions: Row<PositionRowTable>[];
  figures: Row<FigureRowTable>[];
  /** Framing measures (JSON) or null when the record has none. */
  framing: string | null;
}

export function digestRecord(record: AnalysisRecord): ArticleDigest {
  return {
    entities: record.entities.map((e) => ({
      local_id: e.id,
      name: e.name,
      type: e.type,
      subtype: e.subtype ?? null,
      aliases: JSON.stringify(e.aliases ?? []),
      titles: JSON.stringify(e.titles ?? []),
      mention_kinds: JSON.stringify([...new Set(e.mentions.map((m) => m.kind))]),
      mention_count: e.mentions.length,
    })),
    claims: record.attributions.map((a) => ({
      local_id: a.id,
      source_entity: a.source?.entity ?? null,
      source_text: a.source?.text ?? null,
      source_kind: a.source?.kind ?? null,
      anonymous: a.source?.anonymous ? 1 : 0,
      descriptor: a.source?.descriptor ?? null,
      affiliation: a.source?.affiliation ?? null,
      cue: a.cue?.text ?? null,
      kind: a.kind,
      content: a.content.text,
      start: a.content.start,
      end: a.content.end,
      via: JSON.stringify(a.via.map((v) => v.text)),
      nested: a.nested ? 1 : 0,
    })),
    events: record.events.map((e, idx) => ({
      idx,
      type: e.type,
      status: e.status,
      actors: JSON.stringify(e.actors),
      recipients: JSON.stringify(e.recipients ?? []),
      place: e.place ?? e.placeText,
      plover: e.plover ? [e.plover.event, e.plover.mode].filter(Boolean).join("/") : null,
      cameo: e.cameo ?? null,
      date: e.date?.resolved ?? null,
      evidence: e.evidence.text,
    })),
    positions: record.positions.map((p, idx) => ({
      idx,
      party: p.party,
      issue: p.issue,
      stance: p.stance,
      according_to: sourceName(p.source),
      evidence: p.evidence.text,
    })),
    figures: record.figures.map((f, idx) => ({
      idx,
      value: f.value,
      unit: f.unit,
      what: f.counted,
      qualifier: f.qualifier,
      source: sourceName(f.source),
      evidence: f.evidence.text,
    })),
    framing: record.framing ? JSON.stringify(framingMeasures(record.framing)) : null,
  };
}

function sourceName(source: ItemSource | null | undefined): string | null {
  if (!source || source.kind === "author") return null;
  return source.entity ?? source.text;
}

export interface FramingMeasures {
  attributions: number;
  unnamedSources: number;
  labels: number;
  scareQuotes: number;
  evaluative: number;
  voices: Record<string, number>;
}

function framingMeasures(f: NonNullable<AnalysisRecord["framing"]>): FramingMeasures {
  return {
    attributions: f.attributions,
    unnamedSources: f.unnamedSources,
    labels: f.labels.length,
    scareQuotes: f.scareQuotes.length,
    evaluative: f.evaluative.length,
    voices: f.voices,
  };
}
