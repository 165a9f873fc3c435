// From a cue to a draft attribution: where the source and the content are, by the shape of the
// clause ("S said C", "C, S said", "“C,” said S", "According to S, C", ", adding C").
import type { Token } from "../../types.ts";
import type { Context } from "./context.ts";
import { isQuoteBoundary, isQuoteMark } from "./context.ts";
import { asPutIt, type Cue } from "./cues.ts";
import { relaysIn, skipFrames } from "./frames.ts";
import {
  ADVERBIAL_OPENERS,
  AUXILIARIES,
  CLAUSE_OPENERS,
  COGNITION,
  COMPLEMENT_REQUIRED,
  CONDITION_OPENERS,
  CONTRAST_STARTS,
  COORDINATION_CUT,
  COORDINATORS,
  CUE_FORMS,
  FIGURE_ONLY,
  INFINITIVE_FRAMES,
  INFINITIVE_OK,
  LABEL_VERBS,
  NO_CONTENT_PREPOSITIONS,
  OBJECT_PRONOUNS,
  PARTICIPLE_LEADS,
  QUANTITY_LEADS,
  QUESTION_FRAMES,
  QUOTE_ONLY,
  REDUCED_RELATIVE_PARTICIPLES,
  RELATIVE_PRONOUNS,
  RELATIVE_SOURCE,
  SPEAKER_WORDS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TAIL_STOPS,
  TAKES_OBJECT,
  TIME_WORDS,
  WH_COMPLEMENT,
  WH_WORDS,
} from "./lexicon.ts";
import {
  isMediaPhrase,
  npAfter,
  npBefore,
  type Range,
  withoutRelayTail,
  withRelativeClause,
} from "./phrases.ts";

export interface RelayDraft {
  start: number;
  end: number;
  rule: string;
}

export interface Draft {
  cue: { start: number; end: number; rule: string } | null;
  lemma: string | null;
  /** Token index of the cue head (or of the content start when there is no cue). */
  anchor: number;
  source: { start: number; end: number } | null;
  content: [number, number][];
  via: RelayDraft[];
  rules: string[];
  clause: number;
  paragraph: number;
  nested: boolean;
  parent: Draft | null;
}

const DASH_MARKS = new Set(["—", "–", "--"]);
const END_PUNCT = new Set([".", "!", "?", ":", ";", ",", "…", "-", "—", "–"]);

type Shape = {
  source: Range | null;
  content: [number, number][];
  rules: string[];
  after: number;
  relays: RelayDraft[];
};

/** What follows a cue: the content, the relays named on the way, and the source a report cites. */
type AfterCue = { content: [number, number][]; relays: RelayDraft[]; cited?: Range };

export function draftFromCue(ctx: Context, cue: Cue, clauseIndex: number, prior: Draft[]): Draft | null {
  const shape =
    cue.kind === "according"
      ? accordingShape(ctx, cue, clauseIndex)
      : verbShape(ctx, cue, clauseIndex, prior);
  if (!shape || shape.content.length === 0 || !labelsAsSpeech(ctx, cue, shape)) return null;
  if (QUOTE_ONLY.has(cue.lemma) && !quotedIn(ctx, shape.content)) return null;
  const { tokens } = ctx;
  if (ctx.quoteOf[cue.head] >= 0 && (COGNITION.has(cue.lemma) || !insideOwnQuote(ctx, cue, shape)))
    return null;
  const source = shape.source
    ? { start: tokens[shape.source[0]].start, end: tokens[shape.source[1] - 1].end }
    : null;
  const lo = ctx.clauses[clauseIndex].tokenStart;
  const hi = ctx.clauses[clauseIndex].tokenEnd;
  const relays = [...shape.relays, ...relaysIn(ctx, lo, hi, shape.content)];
  return {
    cue: { start: tokens[cue.start].start, end: tokens[cue.end - 1].end, rule: cue.rule },
    lemma: cue.lemma,
    anchor: cue.head,
    source,
    content: shape.content,
    via: dedupeRelays(relays),
    rules: [cue.rule, ...shape.rules],
    clause: clauseIndex,
    paragraph: ctx.clauses[clauseIndex].paragraph,
    nested: false,
    parent: null,
  };
}

/** "called the plan “a trap”": a naming verb without its particle ("called for") reports speech only
 * when the label it gives is quoted after it; "called a meeting", "called him" are not statements. */
function labelsAsSpeech(ctx: Context, cue: Cue, shape: Shape): boolean {
  if (!LABEL_VERBS.has(cue.lemma) || cue.end > cue.head + 1) return true;
  const from = ctx.tokens[cue.end - 1].end;
  const [start] = shape.content[0];
  const end = shape.content[shape.content.length - 1][1];
  return start >= from && ctx.quotes.some((q) => q.open >= start && q.open < end);
}

/** Whether a quotation opens inside the content spans. */
function quotedIn(ctx: Context, content: [number, number][]): boolean {
  const start = content[0][0];
  const end = content[content.length - 1][1];
  return ctx.quotes.some((q) => q.open >= start - 1 && q.open < end);
}

/** A cue inside a quotation stands for a reported statement only when its source and content are
 * in the same quotation and the source is not the speaker ("I said" is the speaker's own voice). */
function insideOwnQuote(ctx: Context, cue: Cue, shape: Shape): boolean {
  const quote = ctx.quotes[ctx.quoteOf[cue.head]];
  if (!shape.source || SPEAKER_WORDS.has(ctx.tokens[shape.source[0]].norm)) return false;
  const from = ctx.tokens[shape.source[0]].start;
  const to = shape.content[shape.content.length - 1][1];
  return from > quote.open && to < quote.close && shape.content[0][0] > quote.open;
}

function dedupeRelays(relays: RelayDraft[]): RelayDraft[] {
  const seen = new Set<number>();
  return relays.filter((r) => !seen.has(r.start) && seen.add(r.start));
}

function verbShape(ctx: Context, cue: Cue, clauseIndex: number, prior: Draft[]): Shape | null {
  const { tokens } = ctx;
  const { tokenStart: lo, tokenEnd: hi } = ctx.clauses[clauseIndex];
  if (cue.kind === "participle") {
    // ", citing S, that C" is the frame of the report's cue before it, not a cue of its own
    if (citedSource(ctx, cue.before - 1, hi)) return null;
    return participleShape(ctx, cue, lo, hi, prior);
  }
  if (FIGURE_ONLY.has(cue.lemma))
    return asPutIt(tokens, cue.head, lo) ? asPutItShape(ctx, cue, lo, hi) : figureShape(ctx, cue, lo, hi);
  if (cue.lemma === "ask" && tokens[cue.head].norm === "asked") {
    const opening = cue.head === lo || (cue.head === lo + 1 && QUESTION_FRAMES.has(tokens[lo].norm));
    if (opening) return askedShape(ctx, cue, hi);
  }
  if (cue.before - 2 > lo && tokens[cue.before - 1].norm === "to") {
    // "went on to say", "declined to say"; not "needs to tell" nor "too early to tell"
    return INFINITIVE_FRAMES.has(tokens[cue.before - 2].norm) ? infinitiveShape(ctx, cue, lo, hi) : null;
  }
  const subject = restrictedSubject(ctx, cue, lo) ?? npBefore(ctx, cue.before, lo);
  if (subject) return subjectShape(ctx, cue, subject, lo, hi);
  const before = cue.before - 1;
  if (before >= lo && COORDINATORS.has(tokens[before].norm))
    return coordinatedShape(ctx, cue, before, lo, hi, prior);
  if (before >= lo && DASH_MARKS.has(tokens[before].norm)) return appositiveShape(ctx, cue, before, lo, hi);
  if (before < lo || !isBoundary(ctx, before)) return null;
  return shapeAfterComma(ctx, cue, before, lo, hi);
}

/** A cue right after a comma or a closing quote: the speaker before an aside ("X, a fellow at Y,
 * said C"), or after the cue ("C, said X"). */
function shapeAfterComma(ctx: Context, cue: Cue, before: number, lo: number, hi: number): Shape | null {
  // "Elena Marcano, a senior fellow, said the deal fit": a name and its apposition open the clause
  const inserted = insertedSource(ctx, before, lo);
  if (inserted?.apposition && inserted.name[0] === lo) {
    const appositive = appositiveShape(ctx, cue, before, lo, hi);
    if (appositive) return appositive;
  }
  // "The delegation, led by X, deputy head of Y, said C": several inserted phrases
  const opening = inserted && inserted.name[0] !== lo ? nameBeforeAsides(ctx, before, lo) : null;
  const afterOpening = opening ? contentAfter(ctx, cue, cue.end, hi) : null;
  if (opening && afterOpening)
    return shapeAfterCue(ctx, opening, afterOpening, hi, "attr.source_inserted_phrases");
  const inverted = invertedShape(ctx, cue, before, lo, hi);
  if (inverted) return inverted;
  return appositiveShape(ctx, cue, before, lo, hi);
}

/** Longest relative clause between a subject and its cue. */
const MAX_RELATIVE = 12;

/** "Elders who took part in the talks said C": the subject with its restrictive relative clause,
 * when the clause opens with its verb and the subject opens the clause. */
function restrictedSubject(ctx: Context, cue: Cue, lo: number): Range | null {
  const { tokens } = ctx;
  // the relative clause ends with a noun, so the cue is not its own verb ("who has criticized"),
  // or with a passive infinitive ("who asked not to be named")
  const last = tokens[cue.before - 1];
  if (!last) return null;
  const nominal = last.pos === "NOUN" || last.pos === "PROPN" || last.pos === "NUM";
  const passiveInfinitive = last.pos === "VERB" && tokens[cue.before - 2]?.norm === "be";
  if (!nominal && !passiveInfinitive) return null;
  const head = tokens[cue.head];
  if (head.pos !== "VERB" || head.norm.endsWith("ing")) return null;
  for (let k = cue.before - 2; k > lo && cue.before - k <= MAX_RELATIVE; k--) {
    const t = tokens[k];
    if (ctx.quoteOf[k] >= 0 || (t.pos === "PUNCT" && t.norm !== "-") || t.pos === "CCONJ") return null;
    if (!RELATIVE_PRONOUNS.has(t.norm)) {
      if (SUBORDINATORS.has(t.norm) || WH_WORDS.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm)) return null;
      continue;
    }
    const verb = tokens[k + 1];
    if (verb.pos !== "VERB" && verb.pos !== "AUX") return null;
    if (!NAME_OR_NOUN.has(tokens[k - 1].pos) || tokens[k - 1].pos === "PRON") return null;
    const noun = npBefore(ctx, k, lo);
    if (!noun || (noun[0] > lo && !startsClause(tokens[noun[0] - 1], cue))) return null;
    return [noun[0], cue.before];
  }
  return null;
}

/** "S said C" or "C, S said" / "“C,” S said", decided by what comes before the subject. */
function subjectShape(ctx: Context, cue: Cue, subject: Range, lo: number, hi: number): Shape | null {
  const p = subject[0] - 1;
  const after = contentAfter(ctx, cue, cue.end, hi);
  if (p === lo - 1 && !after && closesQuoteBefore(ctx, p)) {
    const quote = contentBefore(ctx, ctx.clauses[ctx.clauseOf[p]].tokenStart, p);
    if (quote) return withContinuation(ctx, cue, subject, quote, cue.end, hi, "attr.content_before_cue");
  }
  if (p >= lo && isBoundary(ctx, p) && !RELATIVE_SOURCE.has(ctx.tokens[subject[0]].norm)) {
    const appositive = appositiveOfName(ctx, cue, subject, p, lo, hi);
    if (appositive) return appositive;
    const quoteBefore = isQuoteMark(ctx.tokens[p]) && !(after !== null && quoteInsideClause(ctx, p, lo));
    const fronted = !quoteBefore && (after !== null || opensWithModifier(ctx.tokens, lo));
    if (fronted && !after) {
      const commaContent = contentAfterComma(ctx, cue, hi);
      // "If it is a small number, the campaign said, it may not bother": both halves were said
      const condition =
        commaContent && CONDITION_OPENERS.has(ctx.tokens[lo].norm)
          ? contentBefore(ctx, lo, p, false, true)
          : null;
      if (commaContent && condition) {
        const rules = ["attr.content_before_cue", "attr.cue_inside_content"];
        return {
          source: subject,
          content: [...condition, ...commaContent.content],
          relays: commaContent.relays,
          rules,
          after: hi,
        };
      }
      if (commaContent)
        return { source: subject, ...commaContent, rules: ["attr.content_after_cue"], after: hi };
    }
    const before =
      (fronted && after) || takesInfinitive(ctx, cue)
        ? null
        : contentBefore(ctx, lo, p, continuesAfterCue(ctx, cue, hi));
    if (before) return withContinuation(ctx, cue, subject, before, cue.end, hi, "attr.content_before_cue");
  }
  if (!after && (p < lo || !isBoundary(ctx, p)) && !insideAdverbialClause(ctx.tokens, lo, cue.start)) {
    // "S says, win or lose, C": nothing before the subject, the content follows a comma
    const commaContent = contentAfterComma(ctx, cue, hi);
    if (commaContent)
      return { source: subject, ...commaContent, rules: ["attr.content_after_comma"], after: hi };
  }
  if (!after || (p >= lo && !startsClause(ctx.tokens[p], cue))) return null;
  return shapeAfterCue(ctx, subject, after, hi);
}

/** The quotation closing at p opened after the clause start ("Sunday on “Meet the Press,” S said C"). */
function quoteInsideClause(ctx: Context, p: number, lo: number): boolean {
  const q = ctx.quoteCloseAt.get(ctx.tokens[p].start);
  return q !== undefined && ctx.quotes[q].open > ctx.tokens[lo].start;
}

/** A quotation closing the previous clause of the same paragraph: "“…?” an official said." */
function closesQuoteBefore(ctx: Context, p: number): boolean {
  const t = ctx.tokens[p];
  return (
    p >= 0 &&
    isQuoteMark(t) &&
    ctx.quoteCloseAt.has(t.start) &&
    ctx.clauses[ctx.clauseOf[p]].paragraph === ctx.clauses[ctx.clauseOf[p + 1]].paragraph
  );
}

/** "At the same time, the source said, C": the content follows the comma after the cue. */
function contentAfterComma(
  ctx: Context,
  cue: Cue,
  hi: number,
): { content: [number, number][]; relays: RelayDraft[] } | null {
  const relays: RelayDraft[] = [];
  const object = TAKES_OBJECT.has(cue.lemma) ? skipObject(ctx, cue.end, hi, relays) : cue.end;
  const i = skipFrames(ctx, object, hi, relays);
  if (ctx.tokens[i]?.norm !== ",") return null;
  const content = contentFrom(ctx, i + 1, hi);
  return content ? { content, relays } : null;
}

/** "At the same time, S said, C": the clause opens with a modifier, not with the content. */
function opensWithModifier(tokens: Token[], lo: number): boolean {
  const first = tokens[lo];
  if (first.pos === "CCONJ") return tokens[lo + 1]?.norm === ","; // "But, S added, C"
  return first.pos === "ADP" || first.pos === "SCONJ" || first.pos === "ADV";
}

/** "X, a spokesman for Y, said C": the phrase before the comma is the name. */
function appositiveOfName(
  ctx: Context,
  cue: Cue,
  subject: Range,
  comma: number,
  lo: number,
  hi: number,
): Shape | null {
  if (ctx.tokens[comma].norm !== "," || !["DET", "ADJ", "NOUN", "NUM"].includes(ctx.tokens[subject[0]].pos))
    return null;
  const name = npBefore(ctx, comma, lo);
  if (!name || !(name[0] === lo || startsClause(ctx.tokens[name[0] - 1], cue))) return null;
  const after = contentAfter(ctx, cue, cue.end, hi);
  if (!after) return null;
  return shapeAfterCue(ctx, [name[0], subject[1]], after, hi, "attr.source_appositive");
}

/** "Asked whether C, S said …" / "Asked by S to C, …": the question, up to the comma; the
 * asker is named only after "by". */
function askedShape(ctx: Context, cue: Cue, hi: number): Shape | null {
  const { tokens } = ctx;
  let i = cue.end;
  let source: Range | null = null;
  if (tokens[i]?.norm === "by") {
    source = npAfter(ctx, i + 1, hi, false);
    if (!source) return null;
    i = source[1];
  }
  i = skipFrames(ctx, i, hi, []);
  let comma = i;
  while (comma < hi && !(tokens[comma].norm === "," && ctx.quoteOf[comma] < 0)) comma++;
  if (comma >= hi || comma - i < 2) return null;
  const span = spanTo(ctx, i, comma);
  return span ? { source, content: [span], rules: ["attr.asked_question"], after: comma, relays: [] } : null;
}

/** "S said C1 and added C2": the speaker of an earlier cue in the clause, else the subject of the
 * verb before "and" ("S left the talks and said C"). */
function coordinatedShape(
  ctx: Context,
  cue: Cue,
  and: number,
  lo: number,
  hi: number,
  prior: Draft[],
): Shape | null {
  // "S called it X, according to the BBC, and said C": the outlet relays both, it does not speak;
  // "S said both sides had shown X, but warned C": a cue inside S's content is not the one joined
  let p = prior.length - 1;
  const outlets: RelayDraft[] = [];
  for (; p >= 0 && (prior[p].lemma === "according" || insideEarlier(prior, p)); p--) {
    if (prior[p].lemma !== "according") continue;
    const source = prior[p].source;
    if (source) outlets.push({ start: source.start, end: source.end, rule: "via.coordinated_according" });
  }
  const previous = prior[p];
  const subject = previous?.source
    ? tokenRangeOf(ctx, previous.source.start, previous.source.end)
    : verbSubjectBefore(ctx, and, lo);
  if (!subject) return null;
  const after = contentAfter(ctx, cue, cue.end, hi);
  if (!after) return null;
  const relayed = withRelaysOf(previous, { content: after.content, relays: [...after.relays, ...outlets] });
  return shapeAfterCue(ctx, subject, relayed, hi, "attr.source_coordinated_verb");
}

/** The cue of prior[p] lies inside the content of an earlier draft. */
function insideEarlier(prior: Draft[], p: number): boolean {
  const at = prior[p].cue?.start ?? prior[p].content[0][0];
  for (let q = 0; q < p; q++) for (const [s, e] of prior[q].content) if (at >= s && at < e) return true;
  return false;
}

/** "S told Reuters A but said B", "…, adding B": the second cue goes through the first one's relays. */
function withRelaysOf(
  previous: Draft | undefined,
  after: { content: [number, number][]; relays: RelayDraft[] },
): { content: [number, number][]; relays: RelayDraft[] } {
  if (!previous?.source || previous.via.length === 0) return after;
  return { content: after.content, relays: [...after.relays, ...previous.via] };
}

/** The subject of the verb phrase before "and": of the nearest verb, else of the clause's main
 * verb ("S refused to answer questions but said C": "answer" has no subject of its own). */
function verbSubjectBefore(ctx: Context, and: number, lo: number): Range | null {
  return nearestVerbSubject(ctx, and, lo) ?? mainSubject(ctx, lo, and);
}

function nearestVerbSubject(ctx: Context, and: number, lo: number): Range | null {
  const { tokens } = ctx;
  let verb = and - 1;
  while (verb >= lo && !(tokens[verb].pos === "VERB" && ctx.quoteOf[verb] < 0)) verb--;
  if (verb < lo) return null;
  let start = verb;
  while (
    start > lo &&
    (AUXILIARIES.has(tokens[start - 1].norm) ||
      tokens[start - 1].pos === "ADV" ||
      tokens[start - 1].pos === "PART")
  )
    start--;
  return npBefore(ctx, start, lo);
}

/** A speaker with the content found after the cue; `sourceRule` says how the speaker was found. */
function shapeAfterCue(ctx: Context, source: Range, after: AfterCue, hi: number, sourceRule?: string): Shape {
  const rules = sourceRule ? ["attr.content_after_cue", sourceRule] : ["attr.content_after_cue"];
  if (!after.cited) return { source, content: after.content, rules, after: hi, relays: after.relays };
  // "X reported, citing S, that C": S is the source, X its nearest relay
  const relay = {
    start: ctx.tokens[source[0]].start,
    end: ctx.tokens[source[1] - 1].end,
    rule: "via.citing",
  };
  return { source: after.cited, content: after.content, rules, after: hi, relays: [relay, ...after.relays] };
}

/** "“C,” said S" / "C, said S". */
function invertedShape(ctx: Context, cue: Cue, before: number, lo: number, hi: number): Shape | null {
  // "said Sunday", "said last week": a time, not a speaker
  if (TAKES_OBJECT.has(cue.lemma) || TIME_WORDS.has(ctx.tokens[cue.end]?.norm ?? "")) return null;
  const source = npAfter(ctx, cue.end, hi);
  if (!source) return null;
  source[1] = frameStart(ctx, source, hi);
  // "said Smith." / "said Smith, “…”": nothing but frames and punctuation after the source
  const rest = skipFrames(ctx, source[1], hi, []);
  if (rest < hi && !END_PUNCT.has(ctx.tokens[rest].norm)) return null;
  const content = contentBefore(ctx, lo, before);
  if (!content) return null;
  return withContinuation(ctx, cue, source, content, source[1], hi, "attr.cue_inverted");
}

/** Where a trailing frame starts inside a phrase: "Ali | in an interview with the BBC". */
function frameStart(ctx: Context, phrase: Range, hi: number): number {
  for (let k = phrase[0] + 1; k < phrase[1]; k++) {
    if (ctx.tokens[k].pos !== "ADP") continue;
    if (skipFrames(ctx, k, hi, []) >= phrase[1]) return k;
  }
  return phrase[1];
}

/** "S, speaking on condition of anonymity, told X: C": skip the inserted phrase back to S. */
function appositiveShape(ctx: Context, cue: Cue, before: number, lo: number, hi: number): Shape | null {
  const { tokens } = ctx;
  const inserted = insertedSource(ctx, before, lo);
  if (!inserted) return null;
  const { name, source } = inserted;
  const after = contentAfter(ctx, cue, cue.end, hi);
  const p = name[0] - 1;
  if (!after && p >= lo && isBoundary(ctx, p)) {
    const content = contentBefore(ctx, lo, p);
    if (content) return withContinuation(ctx, cue, source, content, cue.end, hi, "attr.content_before_cue");
  }
  if (!after || !(name[0] === lo || startsClause(tokens[name[0] - 1], cue))) return null;
  return shapeAfterCue(ctx, source, after, hi, "attr.source_inserted_phrase");
}

/** The name before a phrase set off by commas or dashes that closes at `before`, and the source:
 * the name with the phrase when it is an apposition ("X, a spokesman,"), else the name alone. */
function insertedSource(
  ctx: Context,
  before: number,
  lo: number,
): { name: Range; source: Range; apposition: boolean } | null {
  const { tokens } = ctx;
  const mark = tokens[before].norm;
  if (mark !== "," && !DASH_MARKS.has(mark)) return null;
  let k = before - 1;
  while (k > lo && tokens[k].norm !== mark && !isQuoteBoundary(ctx, tokens[k])) k--;
  if (k <= lo || tokens[k].norm !== mark) return null;
  const name = npBefore(ctx, k, lo);
  if (!name) return null;
  const opensNoun = ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[k + 1].pos);
  return { name, source: opensNoun ? [name[0], before] : name, apposition: opensNoun };
}

/** Most comma-separated asides between a clause-opening name and its cue. */
const MAX_ASIDES = 3;

/** "The delegation, led by X, deputy head of Y," before the comma at `before`: the name opening the
 * clause with its asides, when these are appositions or participle phrases (no finite verb). */
function nameBeforeAsides(ctx: Context, before: number, lo: number): Range | null {
  const { tokens } = ctx;
  let first = lo;
  while (first < before && tokens[first].norm !== ",") first++;
  const name = npBefore(ctx, first, lo);
  if (!name || name[0] !== lo || first >= before) return null;
  let asides = 0;
  for (let k = first; k < before; k++) {
    const t = tokens[k];
    if (t.norm === "," && ++asides > MAX_ASIDES) return null;
    if (t.pos === "AUX" || ctx.quoteOf[k] >= 0) return null;
    if (
      t.pos === "VERB" &&
      !/(ed|en|ing)$/.test(t.norm) &&
      !REDUCED_RELATIVE_PARTICIPLES.has(t.norm) &&
      t.norm !== "led"
    )
      return null;
  }
  return [lo, before];
}

/** "The ministry put the death toll at 604": the figure phrase is the content, up to its number. */
function figureShape(ctx: Context, cue: Cue, lo: number, hi: number): Shape | null {
  const { tokens } = ctx;
  let end = cue.end;
  while (end < hi && tokens[end].norm !== "at") end++;
  while (end < hi && tokens[end].pos !== "NUM") end++;
  // "604", "about 7,500 people": the number and the noun it counts
  while (end < hi && (tokens[end].pos === "NUM" || tokens[end].pos === "NOUN")) end++;
  const span = spanTo(ctx, cue.end, end);
  const before = cue.before - 1;
  const source =
    npBefore(ctx, cue.before, lo) ?? (before > lo ? (insertedSource(ctx, before, lo)?.source ?? null) : null);
  if (!span || !source) return null;
  return { source, content: [span], rules: ["attr.content_figure"], after: end, relays: [] };
}

/** "As one official put it, C": the subject after "as" said the clause after the comma. */
function asPutItShape(ctx: Context, cue: Cue, lo: number, hi: number): Shape | null {
  const source = npBefore(ctx, cue.before, lo);
  const content = contentFrom(ctx, cue.end + 2, hi);
  if (!source || !content) return null;
  return { source, content, rules: ["attr.as_put_it"], after: hi, relays: [] };
}

/** ", adding C" / ", saying C": the speaker is the subject of the sentence. */
function participleShape(ctx: Context, cue: Cue, lo: number, hi: number, prior: Draft[]): Shape | null {
  const after = contentAfter(ctx, cue, cue.end, hi);
  if (!after) return null;
  const previous = prior.at(-1);
  let source: Range | null = null;
  if (previous?.source) source = tokenRangeOf(ctx, previous.source.start, previous.source.end);
  else source = mainSubject(ctx, lo, cue.start);
  if (!source) return null;
  return shapeAfterCue(ctx, source, withRelaysOf(previous, after), hi, "attr.source_main_subject");
}

const MAX_FRONTED_PHRASES = 3;

/** "S went on to say C", "S declined to say whether C": the speaker is the subject of the clause. */
function infinitiveShape(ctx: Context, cue: Cue, lo: number, hi: number): Shape | null {
  const source = mainSubject(ctx, lo, cue.before - 1);
  if (!source) return null;
  const after = contentAfter(ctx, cue, cue.end, hi);
  if (!after) return null;
  return shapeAfterCue(ctx, source, after, hi, "attr.source_main_subject");
}

/** The subject of the main verb: the first phrase followed by a verb, past fronted phrases
 * ("On Tuesday, the envoy left, saying …"; "WASHINGTON (AP) — The envoy …"). */
function mainSubject(ctx: Context, lo: number, hi: number): Range | null {
  const { tokens } = ctx;
  let i = lo;
  for (let tries = 0; tries < MAX_FRONTED_PHRASES && i < hi; tries++) {
    const np = tokens[i].pos === "ADP" ? null : npAfter(ctx, i, hi);
    if (np) {
      let v = np[1];
      // "X, the group's leader, endorsed …": the comma that closes the apposition
      if (
        tokens[v]?.norm === "," &&
        np[1] - np[0] > 1 &&
        tokens.slice(np[0], np[1]).some((t) => t.norm === ",")
      )
        v++;
      while (v < hi && (tokens[v].pos === "ADV" || tokens[v].pos === "PART")) v++;
      if (v < hi && (tokens[v].pos === "VERB" || tokens[v].pos === "AUX")) return np;
    }
    while (i < hi && tokens[i].norm !== "," && !DASH_MARKS.has(tokens[i].norm)) i++;
    i++;
  }
  return null;
}

function tokenRangeOf(ctx: Context, start: number, end: number): Range | null {
  const { tokens } = ctx;
  let a = 0;
  while (a < tokens.length && tokens[a].start < start) a++;
  let b = a;
  while (b < tokens.length && tokens[b].end <= end) b++;
  return b > a ? [a, b] : null;
}

/** "According to S, C" / "C, according to S" / "C, according to S, C2". */
function accordingShape(ctx: Context, cue: Cue, clauseIndex: number): Shape | null {
  const { tokens } = ctx;
  const { tokenStart: lo, tokenEnd: hi } = ctx.clauses[clauseIndex];
  let source = npAfter(ctx, cue.end, hi);
  if (!source) return null;
  source = withRelativeClause(ctx, source, hi);
  // "According to X, C" at the clause start, or inside a that-clause ("reported that, according to X, C")
  const afterThat =
    cue.start - 2 >= lo && tokens[cue.start - 1].norm === "," && tokens[cue.start - 2].norm === "that";
  const fronted = cue.start === lo || afterThat || !hasWordBetween(tokens, lo, cue.start);
  if (fronted) {
    // "According to X, Lt. Gen. Y, the commander, warned …": a name after the comma is the subject
    const bare = npAfter(ctx, cue.end, hi, false);
    const nameAfter = bare !== null && tokens[bare[1]]?.norm === "," && tokens[bare[1] + 1]?.pos === "PROPN";
    if (bare && (tokens[source[1]]?.norm !== "," || nameAfter)) source = withRelativeClause(ctx, bare, hi);
  }
  if (fronted) {
    let i = source[1];
    if (tokens[i]?.norm === ",") i++;
    const content = contentFrom(ctx, i, hi);
    return content ? { source, content, rules: ["attr.according_fronted"], after: hi, relays: [] } : null;
  }
  const before = cue.start - 1;
  // "C according to S." without a comma: the source runs to the end of the clause
  const closesClause = source[1] >= hi || (source[1] === hi - 1 && tokens[hi - 1].pos === "PUNCT");
  const comma = isBoundary(ctx, before);
  if (!comma && !closesClause) return null;
  const afterFronted = comma ? contentAfterFrontedPhrase(ctx, lo, before, source, hi) : null;
  if (afterFronted) return afterFronted;
  const content = contentBefore(ctx, lastClauseStart(ctx, lo, before), before);
  if (!content) return null;
  const named = withoutRelayTail(ctx, source);
  return withContinuation(ctx, cue, named, content, source[1], hi, "attr.according_after");
}

/** "X happened; Y happened, according to S": a trailing "according to" vouches for the clause
 * it closes, after the last semicolon outside a quotation. */
function lastClauseStart(ctx: Context, lo: number, before: number): number {
  for (let i = before - 1; i > lo; i--) if (ctx.tokens[i].norm === ";" && ctx.quoteOf[i] < 0) return i + 1;
  return lo;
}

/** "In that call, the two sides agreed to observe …": the verb's complement follows it, so what
 * comes before the subject is no content. */
function takesInfinitive(ctx: Context, cue: Cue): boolean {
  return ctx.tokens[cue.end]?.norm === "to" && ctx.tokens[cue.end + 1]?.pos === "VERB";
}

/** "In that call, according to a joint statement issued afterwards, the two sides agreed …": after
 * a fronted phrase with no verb, the clause after the source is what the source says. */
function contentAfterFrontedPhrase(
  ctx: Context,
  lo: number,
  before: number,
  source: Range,
  hi: number,
): Shape | null {
  const { tokens } = ctx;
  for (let i = lo; i < before; i++)
    if (tokens[i].pos === "VERB" || tokens[i].pos === "AUX" || ctx.quoteOf[i] >= 0) return null;
  let comma = source[1];
  while (comma < hi && comma - source[1] <= MAX_SOURCE_TAIL && tokens[comma].norm !== ",") {
    if (ctx.quoteOf[comma] >= 0 || tokens[comma].pos === "AUX") return null;
    comma++;
  }
  if (tokens[comma]?.norm !== ",") return null;
  const content = contentFrom(ctx, comma + 1, hi);
  if (!content) return null;
  return {
    source: [source[0], comma],
    content,
    rules: ["attr.according_after_fronted_phrase"],
    after: hi,
    relays: [],
  };
}

/** Words a source after "according to" may run on past its noun phrase ("issued afterwards"). */
const MAX_SOURCE_TAIL = 8;

function hasWordBetween(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if (tokens[i].pos !== "PUNCT" && tokens[i].pos !== "CCONJ" && tokens[i].pos !== "ADV") return true;
  return false;
}

/** After "S said" in the middle of a content: the rest of the content (cue inside). */
function withContinuation(
  ctx: Context,
  cue: Cue,
  source: Range,
  content: [number, number][],
  from: number,
  hi: number,
  rule: string,
): Shape {
  const { tokens } = ctx;
  const relays: RelayDraft[] = [];
  let r = skipFrames(ctx, Math.max(from, source[1], cue.end), hi, relays);
  if (TAKES_OBJECT.has(cue.lemma)) r = skipObject(ctx, r, hi, relays);
  const rules = [rule];
  const quoted = contentIsQuote(ctx, content) || endsWithQuote(ctx, content);
  const later = quoted ? quoteAfterComma(ctx, r, hi) : -1;
  if (r < hi && tokens[r].norm === "," && r + 1 < hi && quoteOpeningAt(ctx, r + 1) >= 0) {
    content.push(...quoteSpans(ctx, quoteOpeningAt(ctx, r + 1)));
    rules.push("attr.cue_inside_content");
  } else if (later >= 0) {
    content.push(...quoteSpans(ctx, later));
    rules.push("attr.cue_inside_content");
  } else if (r < hi && tokens[r].norm === "," && r + 1 < hi && !quoted) {
    // ", he said, adding …" hangs another cue on; ", he said, feels …" goes on with the content;
    // "A, according to S, and B": a source named in the middle of a sentence covers all of it
    const next = tokens[r + 1].norm;
    const stops =
      cue.kind === "according" ? !CONTRAST_STARTS.has(next) && TAIL_STOPS.has(next) : TAIL_STOPS.has(next);
    const tail = stops || isSayingParticiple(tokens[r + 1]) ? null : spanTo(ctx, r + 1, hi);
    if (tail) {
      content.push(tail);
      rules.push("attr.cue_inside_content");
    }
  } else if (quoted && (r >= hi || !quoteBetween(ctx, r, hi))) {
    const next = nextClauseQuote(ctx, hi);
    if (next) {
      content.push(...cutAtParagraphs(ctx, next.from, ctx.quotes[next.quote].close));
      rules.push("attr.quote_continues_after_cue");
    }
  }
  return { source, content, rules, after: hi, relays };
}

/** A quotation of its own between a and b; a quoted title or a word in quotes
 * ("on NBC's “Meet the Press.”", "had “cratered”") does not count. */
function quoteBetween(ctx: Context, a: number, b: number): boolean {
  const { tokens } = ctx;
  for (let i = a; i < b; i++) {
    if (!isQuoteMark(tokens[i])) continue;
    const q = ctx.quoteOpenAt.get(tokens[i].start);
    const quote = q === undefined ? null : ctx.quotes[q];
    if (!quote || quote.unclosed || wordCount(quote.inner.text) > SHORT_QUOTE_WORDS) return true;
    while (i + 1 < b && tokens[i + 1].start < quote.close) i++;
  }
  return false;
}

const SHORT_QUOTE_WORDS = 4;

function wordCount(text: string): number {
  let n = 0;
  for (const part of text.split(/\s+/)) if (part) n++;
  return n;
}

/** A quote that opens the next clause of the same paragraph and has no cue of its own. */
function nextClauseQuote(ctx: Context, hi: number): { quote: number; from: number } | null {
  const { tokens } = ctx;
  if (hi >= tokens.length) return null;
  const clause = ctx.clauses[ctx.clauseOf[hi]];
  if (!clause || clause.paragraph !== ctx.clauses[ctx.clauseOf[hi - 1]].paragraph) return null;
  // "… he said. But “C2.”": one conjunction may open the continuation
  const opener = tokens[hi].pos === "CCONJ" ? hi + 1 : hi;
  const q = quoteOpeningAt(ctx, opener);
  if (q < 0) return null;
  const quote = ctx.quotes[q];
  for (let i = hi; i < clause.tokenEnd; i++) {
    if (tokens[i].start >= quote.close && CUE_FORMS.has(tokens[i].norm)) return null;
  }
  return { quote: q, from: tokens[hi].start };
}

/** "“C1,” he said of X, “C2”": a quote after a comma later in the clause, with no other cue before it. */
function quoteAfterComma(ctx: Context, r: number, hi: number): number {
  const { tokens } = ctx;
  for (let k = r; k < hi; k++) {
    if (CUE_FORMS.has(tokens[k].norm) || isQuoteMark(tokens[k])) return -1;
    if (tokens[k].norm === "," && quoteOpeningAt(ctx, k + 1) >= 0) return quoteOpeningAt(ctx, k + 1);
  }
  return -1;
}

/** A content that ends with a closing quote mark: "Yet X is a “change agent,”". */
function endsWithQuote(ctx: Context, content: [number, number][]): boolean {
  const last = content[content.length - 1];
  return last !== undefined && ctx.quoteEndAt.has(last[1]);
}

function contentIsQuote(ctx: Context, content: [number, number][]): boolean {
  return content.length > 0 && ctx.quoteOpenAt.has(content[0][0]);
}

/** Index of the double quote opening at token i, else -1. */
export function quoteOpeningAt(ctx: Context, i: number): number {
  const t = ctx.tokens[i];
  if (!t || !isQuoteMark(t)) return -1;
  const q = ctx.quoteOpenAt.get(t.start);
  return q !== undefined && ctx.quotes[q].mark === "double" ? q : -1;
}

/** A quote's span, marks included, cut at paragraph ends. */
export function quoteSpans(ctx: Context, q: number): [number, number][] {
  const quote = ctx.quotes[q];
  return cutAtParagraphs(ctx, quote.open, quote.close);
}

export function cutAtParagraphs(ctx: Context, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const p of ctx.paragraphs) {
    if (p.end <= start || p.start >= end) continue;
    const s = Math.max(start, p.start);
    let e = Math.min(end, p.end);
    while (e > s && /\s/.test(ctx.text[e - 1])) e--;
    if (e > s) spans.push([s, e]);
  }
  return spans;
}

function isBoundary(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return (
    t.norm === "," || t.norm === "—" || t.norm === "--" || (isQuoteMark(t) && ctx.quoteCloseAt.has(t.start))
  );
}

/** Whether a clause with its own speaker can start after t. A subordinator opens one for a saying
 * ("after S said C"), not for a belief inside another's words ("because although S believes C"). */
function startsClause(t: Token, cue: Cue): boolean {
  if (CLAUSE_OPENERS.has(t.norm)) return true;
  if (SUBORDINATORS.has(t.norm)) return !COGNITION.has(cue.lemma);
  return t.pos !== "ADP" && t.pos !== "DET" && t.pos !== "PART";
}

/** The content before the source: the quote that closes there, or the clause up to the comma. */
const NAME_OR_NOUN = new Set(["PROPN", "NOUN", "PRON"]);

/** "Hamas, the envoy said, accepted the plan": after the cue, a comma and the rest of the sentence. */
function continuesAfterCue(ctx: Context, cue: Cue, hi: number): boolean {
  const r = skipFrames(ctx, cue.end, hi, []);
  const next = ctx.tokens[r + 1];
  return r + 1 < hi && ctx.tokens[r].norm === "," && (next.pos === "VERB" || next.pos === "AUX");
}

/** The content before the subject; one word only when the sentence goes on after the cue; a lone
 * subordinate clause only when the cue stands inside what was said (`conditionSaid`). */
function contentBefore(
  ctx: Context,
  lo: number,
  p: number,
  oneWord = false,
  conditionSaid = false,
): [number, number][] | null {
  const { tokens, text } = ctx;
  let e = p;
  let close = -1;
  while (e >= lo && (tokens[e].norm === "," || tokens[e].norm === "—" || isQuoteMark(tokens[e]))) {
    if (close < 0 && isQuoteMark(tokens[e]) && ctx.quoteCloseAt.has(tokens[e].start)) close = e;
    e--;
  }
  let start = lo;
  for (let i = lo; i < e; i++) if (tokens[i].norm === ":" && ctx.quoteOf[i] < 0) start = i + 1;
  if (close >= 0) {
    const quote = ctx.quotes[ctx.quoteCloseAt.get(tokens[close].start) as number];
    const from =
      quote.open < tokens[start].start || ctx.quoteOpenAt.get(tokens[start].start) !== undefined
        ? quote.open
        : tokens[start].start;
    return cutAtParagraphs(ctx, from, quote.close);
  }
  if (e - start < 1 && !(oneWord && e === start && NAME_OR_NOUN.has(tokens[e].pos))) return null;
  if (!conditionSaid && onlyAdverbialClause(tokens, start, e)) return null;
  while (e > start && END_PUNCT.has(tokens[e].norm)) e--;
  const span: [number, number] = [tokens[start].start, tokens[e].end];
  return text.slice(span[0], span[1]).trim() ? [span] : null;
}

/** "When the war began, S promised …": a subordinate clause with no main clause of its own
 * frames the sentence; it is not what was said. */
function onlyAdverbialClause(tokens: Token[], start: number, end: number): boolean {
  if (!ADVERBIAL_OPENERS.has(tokens[start].norm)) return false;
  for (let i = start + 1; i < end; i++) if (tokens[i].norm === "," || tokens[i].norm === ";") return false;
  return true;
}

/** "If fighting continues, C": the cue's subject sits in a subordinate clause that opens the
 * sentence, so the clause after its comma is the main one, not what was said. */
function insideAdverbialClause(tokens: Token[], lo: number, cue: number): boolean {
  // "As S said, C" is an attribution of C
  return tokens[lo].norm !== "as" && onlyAdverbialClause(tokens, lo, cue);
}

/** Content after the cue: past the object of "told", the frames ("in a statement"), to the clause end. */
function contentAfter(ctx: Context, cue: Cue, from: number, hi: number): AfterCue | null {
  const { tokens } = ctx;
  const relays: RelayDraft[] = [];
  let i = from;
  if (TAKES_OBJECT.has(cue.lemma)) i = skipObject(ctx, i, hi, relays);
  i = skipFrames(ctx, i, hi, relays);
  i = skipDashAside(ctx, i, hi);
  const cited = citedSource(ctx, i, hi);
  if (cited) i = cited.next;
  if (tokens[i]?.norm === "," && quoteOpeningAt(ctx, i + 1) >= 0) i++;
  if (tokens[i]?.norm === ":") i++;
  if (i >= hi) return colonBlock(ctx, cue, i, relays);
  // "has not commented publicly on X": a manner adverb before a preposition that takes no content
  if (isMannerAdverb(tokens[i]) && NO_CONTENT_PREPOSITIONS.has(tokens[i + 1]?.norm ?? "")) i++;
  if (tokens[i].pos === "ADP" && tokens[i].norm !== "that" && !opensQuantity(tokens, i)) {
    // "said after the meeting that C": the content starts at "that"; "warned against X" has none
    const that = thatAhead(ctx, i, hi);
    if (that < 0 && NO_CONTENT_PREPOSITIONS.has(tokens[i].norm)) return null;
    if (that >= 0) i = that;
  }
  if (tokens[i].norm === "," && quoteOpeningAt(ctx, i + 1) < 0) {
    // "told a town hall in Salem, New Hampshire on Monday that C"
    const that = thatAhead(ctx, i, hi);
    if (that < 0) return null;
    i = that;
  }
  const first = tokens[i];
  if (first.pos === "PUNCT" && quoteOpeningAt(ctx, i) < 0) return null;
  // "his remarks loomed large", "swing states voted": a plural noun that looked like a cue, with its verb after it
  if (first.pos === "VERB" && first.norm.endsWith("ed") && tokens[cue.head].norm.endsWith("s")) return null;
  const wh = WH_WORDS.has(first.norm) && WH_COMPLEMENT.has(cue.lemma);
  if (
    COMPLEMENT_REQUIRED.has(cue.lemma) &&
    !wh &&
    first.norm !== "that" &&
    quoteOpeningAt(ctx, i) < 0 &&
    !(first.norm === "to" && INFINITIVE_OK.has(cue.lemma))
  )
    return null;
  const content = contentFrom(ctx, i, hi);
  if (!content) return null;
  return cited ? { content, relays, cited: cited.source } : { content, relays };
}

/** ", citing two officials, that C" after a report's cue: the officials said C. */
function citedSource(ctx: Context, i: number, hi: number): { source: Range; next: number } | null {
  const { tokens } = ctx;
  if (tokens[i]?.norm !== "," || tokens[i + 1]?.norm !== "citing") return null;
  const source = npAfter(ctx, i + 2, hi);
  if (!source) return null;
  const next = tokens[source[1]]?.norm === "," ? source[1] + 1 : source[1];
  return tokens[next]?.norm === "that" ? { source, next } : null;
}

const MAX_ASIDE = 12;

/** "said — on Twitter, as it happens — that C": an aside between dashes before the content. */
function skipDashAside(ctx: Context, i: number, hi: number): number {
  const { tokens } = ctx;
  if (i >= hi || !DASH_MARKS.has(tokens[i].norm)) return i;
  for (let j = i + 1; j < Math.min(hi - 1, i + MAX_ASIDE); j++)
    if (DASH_MARKS.has(tokens[j].norm)) return tokens[j + 1].norm === "that" ? j + 1 : i;
  return i;
}

const THAT_REACH = 10;

function thatAhead(ctx: Context, i: number, hi: number): number {
  const { tokens } = ctx;
  for (let j = i + 1; j < Math.min(hi, i + THAT_REACH); j++) {
    if (tokens[j].norm === "that" && tokens[j].pos === "SCONJ") return j;
    if (tokens[j].pos === "VERB" || tokens[j].pos === "AUX" || isQuoteMark(tokens[j])) return -1;
  }
  return -1;
}

/** "X said:" closing its paragraph, with the quotation in the next one. */
function colonBlock(
  ctx: Context,
  cue: Cue,
  i: number,
  relays: RelayDraft[],
): { content: [number, number][]; relays: RelayDraft[] } | null {
  const { tokens } = ctx;
  const last = tokens[i - 1];
  if (!last || last.norm !== ":" || i >= tokens.length) return null;
  const q = quoteOpeningAt(ctx, i);
  if (q < 0 || cue.kind === "according") return null;
  return { content: quoteSpans(ctx, q), relays };
}

/** "said about 300 fighters …", "said at least 12 …"; not "reported in 2014". */
function opensQuantity(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.pos === "NUM") return QUANTITY_LEADS.has(tokens[i].norm);
  return (next.norm === "least" || next.norm === "most") && tokens[i + 2]?.pos === "NUM";
}

function skipObject(ctx: Context, i: number, hi: number, relays: RelayDraft[]): number {
  const { tokens } = ctx;
  if (i >= hi) return i;
  if (tokens[i].pos === "PRON" && OBJECT_PRONOUNS.has(tokens[i].norm)) return i + 1;
  if (tokens[i].norm === "that" || quoteOpeningAt(ctx, i) >= 0) return i;
  const object = npAfter(ctx, i, hi, false);
  if (!object) return i;
  object[1] = objectEnd(ctx, object);
  if (isMediaPhrase(ctx, object)) {
    const name = outletNameEnd(tokens, object);
    relays.push({ start: tokens[object[0]].start, end: tokens[name - 1].end, rule: "via.told_outlet" });
  }
  return object[1];
}

/** "told Reuters by phone from Nairobi": the outlet's name ends before a preposition after it
 * ("the Voice of America" keeps its "of"). */
function outletNameEnd(tokens: Token[], object: Range): number {
  for (let k = object[0] + 1; k < object[1]; k++)
    if (tokens[k].pos === "ADP" && tokens[k].norm !== "of" && tokens[k - 1].pos === "PROPN") return k;
  return object[1];
}

const POSSESSIVE_MARKS = new Set(["'s", "'"]);

/** "told Reuters the visit took place": a determiner after a noun of the object opens the content. */
function objectEnd(ctx: Context, object: Range): number {
  const { tokens } = ctx;
  for (let k = object[0] + 1; k < object[1]; k++)
    if (
      tokens[k].pos === "DET" &&
      !POSSESSIVE_MARKS.has(tokens[k].norm) &&
      (tokens[k - 1].pos === "PROPN" || tokens[k - 1].pos === "NOUN")
    )
      return k;
  return object[1];
}

/** From token i: a quotation opening there, or the clause to its end (quotes inside kept whole). */
function contentFrom(ctx: Context, i: number, limit: number): [number, number][] | null {
  const { tokens } = ctx;
  const hi =
    ctx.quoteOf[i] >= 0 && quoteOpeningAt(ctx, i) < 0 ? quoteEndToken(ctx, ctx.quoteOf[i], i, limit) : limit;
  if (i >= hi) return null;
  const q = quoteOpeningAt(ctx, i);
  if (q >= 0) {
    const quote = ctx.quotes[q];
    let j = i;
    while (j < hi && tokens[j].start < quote.close) j++;
    if (j >= hi || !hasWordBetween(tokens, j, hi)) return quoteSpans(ctx, q);
  }
  let end = hi;
  for (let j = i + 1; j < hi - 1; j++) {
    if (ctx.quoteOf[j] >= 0) continue;
    const next = tokens[j + 1];
    const cutsBefore = tokens[j].norm === "," || PARTICIPLE_LEADS.has(tokens[j].norm);
    // "reported that, according to X, C": the "according to" is inside the content, not after it
    if (
      cutsBefore &&
      !(j === i + 1 && tokens[i].norm === "that") &&
      (next.norm === "according" || isSayingParticiple(next))
    ) {
      end = j;
      break;
    }
    // "tweeted a photo and said C": the second verb has its own content
    if ((tokens[j].norm === "and" || tokens[j].norm === "but") && isFiniteSaying(next) && j > i) {
      end = j;
      break;
    }
  }
  const span = spanTo(ctx, i, end);
  if (!span) return null;
  const lastQuote = ctx.quoteOf[end - 1];
  if (lastQuote >= 0 && ctx.quotes[lastQuote].open >= span[0] && ctx.quotes[lastQuote].close > span[1])
    return cutAtParagraphs(ctx, span[0], ctx.quotes[lastQuote].close);
  return [span];
}

/** ", adding …", ", saying …": a participle of a speech verb hangs another cue on (", showing …",
 * ", knowing …" go on with the content). */
function isMannerAdverb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "ADV" && t.norm.endsWith("ly");
}

function isSayingParticiple(t: Token): boolean {
  if (!t.norm.endsWith("ing")) return false;
  const lemma = CUE_FORMS.get(t.norm);
  return lemma !== undefined && !COGNITION.has(lemma);
}

/** Inside a quotation, a content ends at its closing mark. */
function quoteEndToken(ctx: Context, q: number, i: number, limit: number): number {
  const close = ctx.quotes[q].closeMark;
  let j = i;
  while (j < limit && ctx.tokens[j].start < close) j++;
  return j;
}

/** "said", "adds", "told": a finite form of a verb of saying that can start its own attribution. */
function isFiniteSaying(t: Token): boolean {
  const lemma = CUE_FORMS.get(t.norm);
  return (
    lemma !== undefined &&
    COORDINATION_CUT.has(lemma) &&
    t.norm !== lemma &&
    !t.norm.endsWith("ing") &&
    t.pos === "VERB"
  );
}

/** Tokens [i, end) minus trailing punctuation (a closing quote mark stays). */
function spanTo(ctx: Context, i: number, end: number): [number, number] | null {
  const { tokens } = ctx;
  let e = end - 1;
  while (e >= i && END_PUNCT.has(tokens[e].norm) && ctx.quoteOf[e] < 0) e--;
  if (e < i) return null;
  return [tokens[i].start, tokens[e].end];
}
