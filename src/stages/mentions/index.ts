// Mentions stage: people, organizations and places, merged into entities. (Being built: issue 2.)
import type { Analysis } from "../../layers.ts";

export function extractMentions(analysis: Analysis): void {
  analysis.mentions = [];
  analysis.entities = [];
}
