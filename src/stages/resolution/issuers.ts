// The issuer of a document that speaks: "In the same statement, the ELN's command struck a
// defiant tone. … “…,” the statement said." The statement is the ELN's, the way "a statement from
// the prime minister's office" is that office's.
import type { Analysis, Mention, SourceRef } from "../../layers.ts";
import { tokenAt } from "../../text/model.ts";

/** How many sentences back the document's earlier mention is looked for. */
const SENTENCES_BACK = 4;

/** Links "the statement" to the organization or person named beside its earlier mention. */
export function resolveIssuer(analysis: Analysis, source: SourceRef): void {
  if (source.kind !== "document" || source.entity || source.resolvedFrom || !source.descriptor) return;
  if (!/^the\s/i.test(source.text)) return;
  const { model } = analysis;
  const at = tokenAt(model, source.start);
  const head = source.descriptor.toLowerCase();
  const floor = (model.tokens[at]?.sentence ?? 0) - SENTENCES_BACK;
  for (let t = at - 1; t >= 0 && model.tokens[t].sentence >= floor; t--) {
    const norm = model.tokens[t].norm;
    if (norm !== head && norm !== `${head}s`) continue;
    const speaker = speakerFramedBy(analysis, model.tokens[t].start);
    if (speaker) {
      adoptSource(source, speaker);
      return;
    }
    const issuer = issuerNear(analysis, model.tokens[t].sentence, model.tokens[t].start);
    if (!issuer?.entity) return;
    source.entity = issuer.entity;
    source.name = analysis.entities.find((e) => e.id === issuer.entity)?.name ?? issuer.text;
    source.resolvedFrom = { start: issuer.start, end: issuer.end, text: issuer.text };
    return;
  }
}

/** "The delegation said in a statement that C": the source of the attribution whose cue frame
 * holds the document's mention (between its cue and its content). */
function speakerFramedBy(analysis: Analysis, offset: number): SourceRef | null {
  for (const a of analysis.attributions) {
    if (!a.source || a.source.kind === "document" || !a.cue) continue;
    if (a.cue.end <= offset && offset < a.content.start && a.content.start - a.cue.end < MAX_FRAME)
      return a.source;
  }
  return null;
}

/** Longest frame between a cue and its content ("in a statement released on Sunday"). */
const MAX_FRAME = 80;

/** Makes `source` stand for the earlier source it was resolved to (its descriptor stays its own). */
export function adoptSource(source: SourceRef, earlier: SourceRef): void {
  source.entity = earlier.entity;
  source.name = earlier.name ?? earlier.text;
  source.anonymous = earlier.anonymous;
  source.affiliation = earlier.affiliation;
  source.resolvedFrom = earlier.resolvedFrom ?? {
    start: earlier.start,
    end: earlier.end,
    text: earlier.text,
  };
}

/** The named organization or person of the sentence nearest the document's mention; outlets
 * that carried it ("a statement carried by Radio Andalus") are not its issuer. */
function issuerNear(analysis: Analysis, sentence: number, offset: number): Mention | null {
  const { start, end } = analysis.model.sentences[sentence];
  let best: Mention | null = null;
  for (const m of analysis.mentions) {
    if (m.start < start || m.end > end || m.kind !== "name" || !m.entity) continue;
    if (m.type !== "organization" && m.type !== "person") continue;
    const entity = analysis.entities.find((e) => e.id === m.entity);
    if (entity?.subtype === "media") continue;
    if (!best || Math.abs(m.start - offset) < Math.abs(best.start - offset)) best = m;
  }
  return best;
}
