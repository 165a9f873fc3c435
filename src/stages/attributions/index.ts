// Attributions stage: source, cue and content of every attributed statement. (Being built: issue 2.)
import type { Analysis } from "../../layers.ts";

export function extractAttributions(analysis: Analysis): void {
  analysis.attributions = [];
}
