// Dates stage: article metadata and the date expressions of the text.
import type { Analysis } from "../../layers.ts";

export function extractDates(analysis: Analysis): void {
  analysis.dates = [];
}
