// Frames around a cue that are neither source nor content: "in a statement", "on Tuesday",
// "in an interview with the New York Times", and the relays they name.
import type { Context } from "./context.ts";
import { isQuoteMark } from "./context.ts";
import type { RelayDraft } from "./drafts.ts";
import {
  EVENT_NOUNS,
  FRAME_PREPOSITIONS,
  RELAY_LEAD,
  RELAY_PREPOSITIONS,
  TIME_MODIFIERS,
  TIME_WORDS,
} from "./lexicon.ts";
import { hasProperNoun, isMediaPhrase, npAfter, type Range } from "./phrases.ts";

/** Skips time words and prepositional frames after a cue; relays found on the way are recorded. */
export function skipFrames(ctx: Context, i: number, hi: number, relays: RelayDraft[]): number {
  const { tokens } = ctx;
  for (let guard = 0; guard < 6 && i < hi; guard++) {
    const t = tokens[i];
    const timeNext = TIME_WORDS.has(tokens[i + 1]?.norm ?? "");
    // "early on Sunday": the modifier before a time frame
    const timeFrameNext = tokens[i + 1]?.pos === "ADP" && TIME_WORDS.has(tokens[i + 2]?.norm ?? "");
    if (
      (TIME_WORDS.has(t.norm) && (t.pos !== "DET" || timeNext)) ||
      (TIME_MODIFIERS.has(t.norm) && (timeNext || timeFrameNext))
    ) {
      i++;
      continue;
    }
    if (
      t.pos === "VERB" &&
      /ed$/.test(t.norm) &&
      tokens[i + 1]?.pos === "ADP" &&
      tokens[i - 1] &&
      isFrameEnd(ctx, i - 1)
    ) {
      i++; // "published on Tuesday"
      continue;
    }
    if (!FRAME_PREPOSITIONS.has(t.norm) || t.pos !== "ADP") break;
    const phrase = npAfter(ctx, i + 1, hi, false);
    if (!phrase || !isFramePhrase(ctx, t.norm, phrase)) break;
    // "in an interview with the BBC", "by telephone on NBC": the outlet after the event noun
    const inner = eventRelayStart(ctx, phrase);
    const relay: Range = inner >= 0 ? [inner, phrase[1]] : phrase;
    if ((inner >= 0 || RELAY_PREPOSITIONS.has(t.norm)) && isMediaPhrase(ctx, relay))
      relays.push(relayOf(ctx, relay, "via.frame_outlet"));
    i = phrase[1];
  }
  return i;
}

function isFrameEnd(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return t.pos === "NOUN" || t.pos === "PROPN";
}

function isFramePhrase(ctx: Context, preposition: string, phrase: Range): boolean {
  const { tokens } = ctx;
  const head = tokens[phrase[1] - 1].norm;
  if (EVENT_NOUNS.has(head) || TIME_WORDS.has(head)) return true;
  if (eventRelayStart(ctx, phrase) >= 0) return true;
  if (preposition === "on" || preposition === "to" || preposition === "with" || preposition === "by")
    return isMediaPhrase(ctx, phrase);
  return false;
}

/** "an interview with the BBC": where the phrase after an event noun and its preposition starts, else -1. */
function eventRelayStart(ctx: Context, phrase: Range): number {
  const { tokens } = ctx;
  for (let k = phrase[0]; k < phrase[1] - 2; k++)
    if (EVENT_NOUNS.has(tokens[k].norm) && RELAY_PREPOSITIONS.has(tokens[k + 1].norm)) return k + 2;
  return -1;
}

function relayOf(ctx: Context, phrase: Range, rule: string): RelayDraft {
  return { start: ctx.tokens[phrase[0]].start, end: ctx.tokens[phrase[1] - 1].end, rule };
}

/** Relays named anywhere in the clause outside the content: "in an interview with X",
 * "speaking to X", "quoted by X", "a copy seen by X". */
export function relaysIn(ctx: Context, lo: number, hi: number, content: [number, number][]): RelayDraft[] {
  const { tokens } = ctx;
  const relays: RelayDraft[] = [];
  for (let i = lo; i < hi - 1; i++) {
    if (!RELAY_LEAD.has(tokens[i].norm) || ctx.quoteOf[i] >= 0 || inside(content, tokens[i].start)) continue;
    const prep = tokens[i + 1];
    if (!RELAY_PREPOSITIONS.has(prep.norm)) continue;
    const phrase = npAfter(ctx, i + 2, hi, false);
    if (!phrase || isQuoteMark(tokens[phrase[0]])) continue;
    if (isMediaPhrase(ctx, phrase) || (prep.norm === "with" && hasProperNoun(tokens, phrase))) {
      relays.push(relayOf(ctx, phrase, "via.relay_phrase"));
    }
  }
  return relays;
}

function inside(spans: [number, number][], offset: number): boolean {
  for (const [s, e] of spans) if (offset >= s && offset < e) return true;
  return false;
}
