// Headline sentences: the title line, and any sentence written in title case or all capitals. Their
// capitals say nothing about names ("Israel Orders Mossad Negotiators Out of Qatar"), so only
// gazetteer names, and names the body also uses, are taken from them.
import type { SegmentedDocument } from "../../ingest/document.ts";
import type { TextModel } from "../../text/model.ts";
import { startsUpper } from "../../text/vocabulary.ts";
import { isAllCaps } from "./candidates.ts";

const MIN_WORDS = 4;
const CAPITAL_SHARE = 0.7;

/** Shares of the sentence's longer words that are capitalised and that are all capitals. */
function capitalShares(
  model: TextModel,
  tokenStart: number,
  tokenEnd: number,
): { capitalised: number; shouted: number } {
  let words = 0;
  let capitalised = 0;
  let shouted = 0;
  for (let t = tokenStart; t < tokenEnd; t++) {
    const text = model.tokens[t].text;
    // short function words (of, to, in, a) stay lower case in title case
    const lower = text.charCodeAt(0) | 32;
    if (text.length <= 3 || ((lower < 97 || lower > 122) && text.charCodeAt(0) < 128)) continue;
    words++;
    if (startsUpper(text)) capitalised++;
    if (isAllCaps(text)) shouted++;
  }
  return words < MIN_WORDS
    ? { capitalised: 0, shouted: 0 }
    : { capitalised: capitalised / words, shouted: shouted / words };
}

/** A subhead is a paragraph of one sentence that does not end like prose ("Talks Stall in Cairo"). */
function standsAlone(model: TextModel, sentenceIndex: number): boolean {
  const sentence = model.sentences[sentenceIndex];
  const paragraph = model.paragraphs[sentence.paragraph];
  const last = model.tokens[sentence.tokenEnd - 1].text;
  return (
    paragraph.sentenceEnd - paragraph.sentenceStart === 1 && last !== "." && last !== "”" && last !== '"'
  );
}

export function markHeadlines(model: TextModel, document: SegmentedDocument): Uint8Array {
  const marks = new Uint8Array(model.sentences.length);
  const titleStart = document.title?.start ?? -1;
  model.sentences.forEach((sentence, i) => {
    if (model.paragraphs[sentence.paragraph].start === titleStart) {
      marks[i] = 1;
      return;
    }
    // only a subhead or a sentence opening in capitals is worth counting
    const alone = standsAlone(model, i);
    if (!alone && !isAllCaps(model.tokens[sentence.tokenStart].text)) return;
    const shares = capitalShares(model, sentence.tokenStart, sentence.tokenEnd);
    if (shares.shouted >= CAPITAL_SHARE || (alone && shares.capitalised >= CAPITAL_SHARE)) marks[i] = 1;
  });
  return marks;
}
