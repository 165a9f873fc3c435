// The analysis record: the versioned JSON written for each article (schema: record/schema.json).
import type { Analysis } from "../layers.ts";

export const RECORD_VERSION = "1.0.0";

export function buildRecord(analysis: Analysis) {
  const { document } = analysis;
  return {
    format: "parley.analysis",
    version: RECORD_VERSION,
    file: analysis.file,
    document: {
      title: document.title?.text ?? null,
      titleSpan: document.title ? { start: document.title.start, end: document.title.end } : null,
      byline: document.byline,
      dateline: document.dateline,
      length: document.text.length,
      paragraphs: document.paragraphs.length,
      sentences: analysis.model.sentences.length,
      tokens: analysis.model.tokens.length,
    },
    boilerplate: document.boilerplate,
    entities: analysis.entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions.map((i) => {
        const { start, end, text, kind, rule } = analysis.mentions[i];
        return { start, end, text, kind, rule };
      }),
    })),
    attributions: analysis.attributions,
    meta: analysis.meta ?? null,
    dates: analysis.dates ?? [],
    events: analysis.events ?? [],
    hypotheticalEvents: analysis.hypotheticalEvents ?? [],
    positions: analysis.positions ?? [],
    figures: analysis.figures ?? [],
    framing: analysis.framing ?? null,
  };
}

export type AnalysisRecord = ReturnType<typeof buildRecord>;
