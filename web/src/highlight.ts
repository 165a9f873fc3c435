// Splits an article's text into segments at every item boundary, so the reader can render plain
// text nodes with the items covering each piece: highlights are built from offsets, never from markup.

export interface Spanned {
  ref: string;
  layer: string;
  spans: { start: number; end: number }[];
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Refs of the items covering this piece, innermost (shortest span) first. */
  refs: string[];
  /** Layer of the innermost item, for its colour; null for plain text. */
  layer: string | null;
}

export function segmentText(text: string, items: Spanned[]): Segment[] {
  const pieces: { start: number; end: number; ref: string; layer: string }[] = [];
  for (const item of items) {
    for (const s of item.spans) {
      if (s.start >= 0 && s.end <= text.length && s.start < s.end)
        pieces.push({ ...s, ref: item.ref, layer: item.layer });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const p of pieces) cuts.add(p.start).add(p.end);
  const bounds = [...cuts].sort((a, b) => a - b);
  // Sweep: pieces sorted by start; keep the active ones for each segment.
  pieces.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let next = 0;
  let active: typeof pieces = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    active = active.filter((p) => p.end > start);
    while (next < pieces.length && pieces[next].start <= start) active.push(pieces[next++]);
    const covering = active
      .filter((p) => p.start <= start && p.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const refs = [...new Set(covering.map((p) => p.ref))];
    segments.push({ start, end, text: text.slice(start, end), refs, layer: covering[0]?.layer ?? null });
  }
  return segments;
}

/** Only http(s) links are ever made clickable; anything else (javascript:, data:…) stays text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
