// Who a source is, as a key that stays the same across its mentions, and the mention under a span.
import type { Mention, SourceRef } from "../../layers.ts";

export function mentionAt(mentions: Mention[], start: number, end: number): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= end) break;
    if (m.end <= start) continue;
    if (!best || m.end - m.start > best.end - best.start) best = m;
  }
  return best;
}

/** Entity id, else the resolved text's last word, else the descriptor of an unnamed source. */
export function speakerKey(source: SourceRef): string {
  if (source.entity) return `e:${source.entity}`;
  if (source.anonymous && source.descriptor) return `d:${source.descriptor.replace(/s$/, "")}`;
  const text = source.resolvedFrom?.text ?? source.name ?? source.text;
  const words = text.split(",")[0].match(/[\p{L}\p{N}]+/gu) ?? [];
  return `n:${(words.at(-1) ?? text).toLowerCase()}`;
}
