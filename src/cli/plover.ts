// PLOVER JSONL for `parley analyze --format plover`: one line per event of one article, with
// PLOVER event/mode, CAMEO code, actors, date, place and the sourced evidence.
import type { Analysis, NegotiationEvent } from "../layers.ts";

export function ploverLines(analysis: Analysis): string[] {
  return (analysis.events ?? []).map((e) => JSON.stringify(ploverEvent(analysis, e)));
}

function ploverEvent(analysis: Analysis, e: NegotiationEvent) {
  const meta = analysis.meta;
  return {
    id: `${analysis.file ?? "article"}#${e.id}`,
    event_date: e.date?.resolved ?? null,
    event_date_text: e.date?.text ?? null,
    event_type: e.plover.event,
    mode: e.plover.mode,
    cameo: e.cameo,
    parley_type: e.type,
    status: e.status,
    actor1: e.actorsText[0] ?? null,
    actor2: e.recipientsText[0] ?? e.actorsText[1] ?? null,
    actors: e.actorsText,
    recipients: e.recipientsText,
    location: e.placeText,
    source: {
      article: analysis.file,
      outlet: meta?.outlet ?? null,
      published: meta?.published ?? null,
      url: meta?.url ?? null,
      attribution: e.source.kind === "author" ? null : (e.source.text ?? e.source.kind),
    },
    text: e.evidence.text,
    offsets: [e.evidence.start, e.evidence.end],
  };
}
