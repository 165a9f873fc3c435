// Shared by the negotiation-layer tests: analyse a short article through the whole pipeline.

import { emptyMeta } from "../../src/ingest/meta.ts";
import type { Analysis } from "../../src/layers.ts";
import { analyzeText } from "../../src/pipeline.ts";

export function analyse(text: string, published: string | null = null): Analysis {
  const meta = emptyMeta();
  if (published) {
    meta.published = published;
    meta.origin.published = "flag";
  }
  return analyzeText(text, null, meta);
}
