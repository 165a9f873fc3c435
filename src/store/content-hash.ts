// The identity of a stored article: the sha256 of its text. A module of its own so that the main
// thread can hash what it reads without loading the analysis pipeline.
import { createHash } from "node:crypto";

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
