// Events stage: negotiation events of the TAXONOMY types with status, actors and evidence.
import type { Analysis } from "../../layers.ts";

export function extractEvents(analysis: Analysis): void {
  analysis.events = [];
  analysis.hypotheticalEvents = [];
}
