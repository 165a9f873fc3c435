// Figures stage: counted quantities — value, qualifier ("more than"), unit, what is counted, the
// source and the as-of date. A number needs a unit to be a figure; dates, years, ages, clock
// times, counts of sources and durations outside a truce context are left out.
import type { Analysis, DateMention, Figure } from "../../layers.ts";
import { spanOf } from "../../text/model.ts";
import { startsWithDigit } from "../../text/vocabulary.ts";
import type { Sentence, Token } from "../../types.ts";
import { containingAttribution, itemSource } from "../events/mention.ts";
import { figureLexicon } from "./lexicon.ts";

interface NumberRead {
  value: number;
  first: number;
  /** Exclusive end token. */
  end: number;
  spelled: boolean;
}

const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;

export function extractFigures(analysis: Analysis): void {
  const figures: Figure[] = [];
  const { tokens, sentences } = analysis.model;
  for (const sentence of sentences) {
    let lastUnit: string | null = null;
    const end = sentence.tokenEnd;
    for (
      let i = nextNumberStart(tokens, sentence.tokenStart, end);
      i >= 0;
      i = nextNumberStart(tokens, i + 1, end)
    ) {
      const number = readNumber(tokens, i, end);
      if (!number) continue;
      const figure = readFigure(analysis, sentence, number, lastUnit);
      if (figure) {
        figures.push({ ...figure, id: `fig${figures.length + 1}` });
        lastUnit = figure.unit;
      }
      i = number.end - 1;
    }
  }
  analysis.figures = figures;
}

/** The next token that may start a number: a digit or a number word. */
const nextNumberStart = (tokens: readonly Token[], from: number, to: number) =>
  figureLexicon().numberPhrases.nextStart(tokens, from, to, true);

function readNumber(tokens: readonly Token[], i: number, end: number): NumberRead | null {
  const lex = figureLexicon();
  let value: number;
  let next: number;
  let spelled = false;
  if (startsWithDigit(tokens, i) && DIGITS.test(tokens[i].norm)) {
    value = Number(tokens[i].norm.replace(/,/g, ""));
    next = i + 1;
  } else {
    const n = lex.numberPhrases.matchAt(tokens, i, end);
    if (!n) return null;
    value =
      lex.numberWords.get(
        tokens
          .slice(i, i + n)
          .map((x) => x.norm)
          .join(" "),
      ) ?? 0;
    next = i + n;
    spelled = true;
    // "twenty-five"
    if (value >= 20 && value % 10 === 0 && tokens[next]?.norm === "-" && next + 1 < end) {
      const unit = lex.numberWords.get(tokens[next + 1].norm);
      if (unit !== undefined && unit < 10) {
        value += unit;
        next += 2;
      }
    }
  }
  const multiplier = next < end ? lex.multipliers.get(tokens[next].norm) : undefined;
  if (multiplier) {
    // 1.1 × 1,000,000 is 1100000.0000000002 in floating point: a count is whole
    value = Math.round(value * multiplier);
    next++;
  }
  return { value, first: i, end: next, spelled };
}

function readFigure(
  analysis: Analysis,
  sentence: Sentence,
  read: NumberRead,
  lastUnit: string | null,
): Omit<Figure, "id"> | null {
  const { tokens, text } = analysis.model;
  const currency = currencyBefore(tokens, sentence, read);
  // the symbol belongs to the number: "about €5m" is qualified as a whole
  const n = currency ? { ...read, first: read.first - 1 } : read;
  const numberSpan = spanOf(text, tokens[n.first].start, tokens[n.end - 1].end);
  const dates = analysis.dates ?? [];
  if (dates.some((d) => d.start <= numberSpan.start && numberSpan.end <= d.end)) return null;
  if (isExcluded(tokens, sentence, n)) return null;
  const qualifier = qualifierBefore(tokens, sentence, n.first);
  if (
    qualifier === null &&
    n.spelled &&
    n.first > sentence.tokenStart &&
    tokens[n.first - 1].norm === "the" &&
    figureLexicon().smallSpelled.has(tokens[n.first].norm)
  )
    return null;
  const anchor = qualifier?.first ?? n.first;
  const unit =
    currency ??
    unitAfter(tokens, sentence, n.end, lastUnit) ??
    unitAfterVerb(tokens, sentence, anchor, n.end, lastUnit) ??
    (n.value === 1 ? null : partOfWhole(tokens, sentence, n.end, lastUnit)) ??
    tollValue(tokens, sentence, anchor, n.end, lastUnit) ??
    subjectOfCountingVerb(tokens, sentence, n.end, lastUnit);
  if (!unit) return null;
  if (isSourceCount(tokens, sentence, anchor, unit.end)) return null;
  if (
    figureLexicon().durations.has(unit.unit) &&
    !durationMatters(tokens, sentence) &&
    !afterDurationPreposition(tokens, sentence, anchor, n.first)
  )
    return null;
  const attribution = containingAttribution(analysis.attributions, numberSpan.start);
  return {
    value: n.value,
    number: numberSpan,
    qualifier: qualifier?.text ?? null,
    unit: unit.unit,
    counted: countedNear(tokens, sentence, anchor, unit.end) ?? shareOf(tokens, sentence, unit) ?? unit.noun,
    evidence: spanOf(text, sentence.start, sentence.end),
    attribution: attribution?.id ?? null,
    source: itemSource(attribution, []),
    asOf: asOfDate(dates, sentence),
    rules: [unit.rule, ...(qualifier ? ["fig.qualifier"] : [])],
  };
}

/** Ages ("aged 25", "a 25-year-old"), clock times ("3 p.m.", "10:30"), years ("in 2014"). */
function isExcluded(tokens: readonly Token[], sentence: Sentence, n: NumberRead): boolean {
  const lex = figureLexicon();
  const before = n.first > sentence.tokenStart ? tokens[n.first - 1] : null;
  const after = n.end < sentence.tokenEnd ? tokens[n.end] : null;
  if (before && lex.ageBefore.has(before.norm)) return true;
  if (lex.ageAfter.matchAt(tokens, n.end, sentence.tokenEnd)) return true;
  if (after && (lex.timeAfter.has(after.norm) || after.norm === ":")) return true;
  const isYear = /^(1[89]|20)\d\d$/.test(tokens[n.first].norm);
  if (isYear && (!before || lex.yearPrepositions.has(before.norm) || before.pos === "PROPN")) return true;
  // "Channel 12", "Resolution 2334": a number naming something.
  return (
    before !== null && before.pos === "PROPN" && !n.spelled && n.end === n.first + 1 && after?.pos !== "NOUN"
  );
}

function qualifierBefore(
  tokens: readonly Token[],
  sentence: Sentence,
  first: number,
): { first: number; text: string } | null {
  const { qualifiers, qualifierBlockers } = figureLexicon();
  for (let k = 3; k >= 1; k--) {
    const at = first - k;
    if (at < sentence.tokenStart) continue;
    // "handed over 57 detainees": the particle of a verb, not "over 57".
    if (at > sentence.tokenStart && qualifierBlockers.at(tokens, at - 1)) continue;
    if (qualifiers.matchAt(tokens, at, first) === k) {
      return {
        first: at,
        text: tokens
          .slice(at, first)
          .map((t) => t.text)
          .join(" "),
      };
    }
  }
  return null;
}

interface UnitRead {
  unit: string;
  noun: string;
  /** Exclusive end token of the unit noun. */
  end: number;
  rule: string;
}

/** "$5m", "€1.2 billion": a currency symbol right before the number. */
function currencyBefore(tokens: readonly Token[], sentence: Sentence, n: NumberRead): UnitRead | null {
  if (n.first <= sentence.tokenStart) return null;
  const symbol = tokens[n.first - 1].norm;
  const unit = figureLexicon().currencySymbols.get(symbol);
  return unit ? { unit, noun: symbol, end: n.end, rule: "fig.unit.currency" } : null;
}

/** The unit noun within three modifiers after the number: "60 farmers", "two Sudanese officials",
 * "four-month-long", "70%"; "six more" takes the sentence's previous unit. */
function unitAfter(
  tokens: readonly Token[],
  sentence: Sentence,
  from: number,
  lastUnit: string | null,
): UnitRead | null {
  const lex = figureLexicon();
  const end = sentence.tokenEnd;
  for (let i = from; i < Math.min(end, from + 4); i++) {
    const found = lex.unitWords.match(tokens, i, end);
    if (found) {
      const { unit } = found.value;
      const n = found.phrase.length;
      return { unit, noun: phraseText(tokens, i, i + n), end: i + n, rule: `fig.unit.${unit}` };
    }
    const t = tokens[i];
    if (i === from && lastUnit && lex.elliptic.has(t.norm))
      return { unit: lastUnit, noun: t.norm, end: i + 1, rule: "fig.unit.elliptic" };
    if (t.pos !== "ADJ" && t.pos !== "PROPN" && t.norm !== "-" && t.pos !== "NOUN" && !isParticiple(t))
      return null;
  }
  return null;
}

/** "four abandoned villages", "200 detained protesters": a participle modifying the unit. */
const isParticiple = (t: Token) => t.pos === "VERB" && t.norm.endsWith("ed");

const phraseText = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(" ");

/** "killing three people and wounding 14": a bare number after a counting verb keeps the unit. */
function unitAfterVerb(
  tokens: readonly Token[],
  sentence: Sentence,
  anchor: number,
  end: number,
  lastUnit: string | null,
): UnitRead | null {
  if (!lastUnit || anchor <= sentence.tokenStart) return null;
  const verb = anchor - 1;
  const counts = figureLexicon().counted.some(({ words }) => words.matchAt(tokens, verb, anchor) > 0);
  return counts
    ? { unit: lastUnit, noun: tokens[verb].norm, end, rule: "fig.unit.after_counting_verb" }
    : null;
}

/** "two Kenyan diplomats said", "three people briefed on the talks": who speaks, not a figure. */
function isSourceCount(
  tokens: readonly Token[],
  sentence: Sentence,
  anchor: number,
  unitEnd: number,
): boolean {
  const lex = figureLexicon();
  const end = sentence.tokenEnd;
  if (unitEnd < end && lex.sourceFollowers.matchAt(tokens, unitEnd, end) > 0) return true;
  // "three senior officials, speaking on condition …", "according to two diplomats"; not "four
  // journalists who were abducted".
  if (!lex.sourceHeads.has(tokens[unitEnd - 1].norm)) return false;
  const followed = lex.sourceFollowers.findIn(tokens, unitEnd, Math.min(end, unitEnd + SOURCE_REACH)) >= 0;
  const from = Math.max(sentence.tokenStart, anchor - SOURCE_REACH);
  return followed || lex.sourcePreceders.findIn(tokens, from, anchor) >= 0;
}

const SOURCE_REACH = 4;

/** "8 of the 12 hostages" counts hostages; "100 of them" counts the sentence's people ("one of
 * them" is a person, not a count: the caller leaves 1 out). */
function partOfWhole(
  tokens: readonly Token[],
  sentence: Sentence,
  end: number,
  lastUnit: string | null,
): UnitRead | null {
  if (tokens[end]?.norm !== "of" || end + 1 >= sentence.tokenEnd) return null;
  const next = tokens[end + 1].norm;
  if (next === "them" || next === "those")
    return { unit: lastUnit ?? "people", noun: next, end: end + 2, rule: "fig.unit.part_of_them" };
  // "more than 700 of its members": the owner's people, counted by the noun after the possessive
  if (WHOLE_POSSESSIVES.has(next)) {
    const unit = unitAfter(tokens, sentence, end + 2, lastUnit);
    return unit ? { ...unit, end, rule: "fig.unit.part_of_own" } : null;
  }
  if (next !== "the" && next !== "these") return null;
  const whole = readNumber(tokens, end + 2, sentence.tokenEnd);
  if (!whole) return null;
  const unit = unitAfter(tokens, sentence, whole.end, lastUnit);
  return unit ? { ...unit, end, rule: "fig.unit.part_of_whole" } : null;
}

const WHOLE_POSSESSIVES = new Set(["its", "their", "our", "his", "her"]);

/** "put the toll at 19", "the number of confirmed deaths at about 900", "says the figure is 19",
 * "puts the figure closer to 100": a toll counts people, a figure what the last one counted. */
function tollValue(
  tokens: readonly Token[],
  sentence: Sentence,
  anchor: number,
  end: number,
  lastUnit: string | null,
): UnitRead | null {
  if (anchor - 1 <= sentence.tokenStart) return null;
  const link = tokens[anchor - 1].norm;
  const { tollWords } = figureLexicon();
  if (link === "at") {
    const from = Math.max(sentence.tokenStart, anchor - 7);
    return tollWords.findIn(tokens, from, anchor - 1) >= 0
      ? { unit: "people", noun: "toll", end, rule: "fig.unit.toll" }
      : null;
  }
  // the toll word right before the number, or before "is"/"was"
  const word = TOLL_LINKS.has(link) ? anchor - 2 : anchor - 1;
  if (
    word <= sentence.tokenStart ||
    tollWords.matchAt(tokens, word, word + 1) === 0 ||
    tokens[word - 1].norm !== "the"
  )
    return null;
  return { unit: lastUnit ?? "people", noun: tokens[word].norm, end, rule: "fig.unit.toll_is" };
}

const TOLL_LINKS = new Set(["is", "was", "stands", "stood"]);

/** "fewer than 500 had died", "the other four would be freed": a number as the subject of a verb
 * that counts people. */
function subjectOfCountingVerb(
  tokens: readonly Token[],
  sentence: Sentence,
  end: number,
  lastUnit: string | null,
): UnitRead | null {
  let i = end;
  while (i < sentence.tokenEnd && i < end + 3 && (tokens[i].pos === "AUX" || tokens[i].pos === "PART")) i++;
  if (i === sentence.tokenEnd || !figureLexicon().peopleVerbs.matchAt(tokens, i, sentence.tokenEnd))
    return null;
  return { unit: lastUnit ?? "people", noun: tokens[i].norm, end, rule: "fig.unit.counting_verb_subject" };
}

/** "for six months", "within 72 hours", "up to two years": a stated span, not a background date. */
function afterDurationPreposition(
  tokens: readonly Token[],
  sentence: Sentence,
  anchor: number,
  first: number,
): boolean {
  const { durationPrepositions } = figureLexicon();
  for (const at of [anchor, first])
    for (let k = 1; k <= 3; k++)
      if (at - k >= sentence.tokenStart && durationPrepositions.matchAt(tokens, at - k, at) === k)
        return true;
  return false;
}

function durationMatters(tokens: readonly Token[], sentence: Sentence): boolean {
  return figureLexicon().durationContext.findIn(tokens, sentence.tokenStart, sentence.tokenEnd) >= 0;
}

/** What is counted: a counting verb near the figure ("killed", "released", "struck"). */
function countedNear(
  tokens: readonly Token[],
  sentence: Sentence,
  first: number,
  unitEnd: number,
): string | null {
  const lex = figureLexicon();
  const from = Math.max(sentence.tokenStart, first - 4);
  const to = Math.min(sentence.tokenEnd, unitEnd + 5);
  let best: { what: string; distance: number } | null = null;
  for (const { what, words } of lex.counted) {
    for (let i = from; i < to; i++) {
      if (!words.matchAt(tokens, i, to)) continue;
      const distance = i < first ? first - i : i - unitEnd;
      if (!best || distance < best.distance) best = { what, distance };
    }
  }
  return best?.what ?? null;
}

/** "40% of the militia's fighters": a share counts the noun after "of". */
function shareOf(tokens: readonly Token[], sentence: Sentence, unit: UnitRead): string | null {
  if (unit.unit !== "percent" || tokens[unit.end]?.norm !== "of") return null;
  for (let i = unit.end + 1; i < Math.min(sentence.tokenEnd, unit.end + 6); i++) {
    const t = tokens[i];
    if (t.pos === "NOUN" && tokens[i + 1]?.pos !== "NOUN") return t.norm;
  }
  return null;
}

function asOfDate(dates: readonly DateMention[], sentence: Sentence): DateMention | null {
  return dates.find((d) => d.start >= sentence.start && d.end <= sentence.end) ?? null;
}
