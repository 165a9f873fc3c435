// The analysis pipeline: segment → text model → mentions → attributions → resolution → later layers.
// Each stage is a function that reads the analysis so far and adds its own layer.
import { type SegmentedDocument, segmentDocument } from "./ingest/document.ts";
import type { Analysis, ArticleMeta } from "./layers.ts";
import { extractAttributions } from "./stages/attributions/index.ts";
import { extractDates } from "./stages/dates/index.ts";
import { extractEvents } from "./stages/events/index.ts";
import { extractFigures } from "./stages/figures/index.ts";
import { extractFraming } from "./stages/framing/index.ts";
import { extractMentions } from "./stages/mentions/index.ts";
import { extractPositions } from "./stages/positions/index.ts";
import { resolveSources } from "./stages/resolution/index.ts";
import { buildTextModel } from "./text/model.ts";

export type Stage = (analysis: Analysis) => void;

export const STAGES: readonly [string, Stage][] = [
  ["mentions", extractMentions],
  ["attributions", extractAttributions],
  ["resolution", resolveSources],
  ["dates", extractDates],
  ["events", extractEvents],
  ["positions", extractPositions],
  ["figures", extractFigures],
  ["framing", extractFraming],
];

/** `meta`: publication date, outlet, URL, author known from outside the text (sidecar, flags). */
export function analyzeText(text: string, file: string | null = null, meta?: ArticleMeta): Analysis {
  const document: SegmentedDocument = segmentDocument(text);
  const segments = document.title ? [document.title, ...document.paragraphs] : document.paragraphs;
  const analysis: Analysis = {
    file,
    document,
    model: buildTextModel(text, segments),
    mentions: [],
    entities: [],
    attributions: [],
    meta,
  };
  for (const [, stage] of STAGES) stage(analysis);
  return analysis;
}
