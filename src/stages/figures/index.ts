// Figures stage: counted quantities (killed, released, targets, percent…), never dates or ages.
import type { Analysis } from "../../layers.ts";

export function extractFigures(analysis: Analysis): void {
  analysis.figures = [];
}
