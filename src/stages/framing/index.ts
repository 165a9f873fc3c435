// Framing stage: labels, scare quotes, voices and the author's own evaluations, per article.
import type { Analysis } from "../../layers.ts";

export function extractFraming(_analysis: Analysis): void {}
