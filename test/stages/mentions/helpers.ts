// Runs the document segmentation, the text model and the mentions stage only.
import { segmentDocument } from "../../../src/ingest/document.ts";
import type { Analysis, Entity } from "../../../src/layers.ts";
import { extractMentions } from "../../../src/stages/mentions/index.ts";
import { buildTextModel } from "../../../src/text/model.ts";

export function mentionsOf(text: string): Analysis {
  const document = segmentDocument(text);
  const segments = document.title ? [document.title, ...document.paragraphs] : document.paragraphs;
  const analysis: Analysis = {
    file: null,
    document,
    model: buildTextModel(text, segments),
    mentions: [],
    entities: [],
    attributions: [],
  };
  extractMentions(analysis);
  return analysis;
}

/** Entities of the scored types, as "name (type)". */
export function scoredEntities(analysis: Analysis): string[] {
  return analysis.entities.filter((e) => e.type !== "other").map((e) => `${e.name} (${e.type})`);
}

export function entityNamed(analysis: Analysis, name: string): Entity | undefined {
  return analysis.entities.find((e) => e.name === name || e.aliases.includes(name));
}

/** Lower-cased, quotes folded, leading article dropped: how titles are compared. */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^(the|a|an)\s+/, "")
    .trim();
}
