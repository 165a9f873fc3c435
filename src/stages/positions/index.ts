// Positions stage: party × issue × stance with evidence and conditions.
import type { Analysis } from "../../layers.ts";

export function extractPositions(analysis: Analysis): void {
  analysis.positions = [];
}
