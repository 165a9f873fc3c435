// Resolution stage: links attribution sources to entities and resolves pronouns and descriptions.
import type { Analysis } from "../../layers.ts";

export function resolveSources(_analysis: Analysis): void {}
