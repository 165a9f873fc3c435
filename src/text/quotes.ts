// Quotation spans: straight and curly double quotes, single-quote quotations, quotations that run
// over paragraphs (each new paragraph reopens with a mark and the previous one is left open), and
// unbalanced marks. Apostrophes (can’t, Hamas’) are told apart from closing single quotes.
import type { Paragraph, Quote } from "../types.ts";

// Every character that can be a quote mark; the scan jumps from one to the next.
const QUOTE_MARK = /["'\u2018\u2019\u201c\u201d\u201e]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Mark {
  offset: number;
  role: "open" | "close";
  mark: "double" | "single";
}

export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let carried: Carried | null = null;
  for (const paragraph of paragraphs) {
    const marks = marksIn(text, paragraph.start, paragraph.end);
    const doubles = marks.filter((m) => m.mark === "double");
    // A quotation left open at the end of the previous paragraph continues if this one reopens;
    // otherwise it stays unclosed up to the end of the paragraph where it was last open.
    if (carried && !(doubles[0]?.role === "open" && doubles[0].offset === firstNonSpace(text, paragraph))) {
      quotes.push(leftOpen(text, carried));
      carried = null;
    }
    carried = pairDoubles(text, doubles, quotes, carried, paragraph.end);
    pairSingles(text, marks, quotes);
  }
  if (carried) quotes.push(leftOpen(text, carried));
  return quotes.sort((a, b) => a.open - b.open);
}

interface Carried {
  open: number;
  multi: boolean;
  /** End of the last paragraph the quotation is open in. */
  end: number;
}

function leftOpen(text: string, carried: Carried): Quote {
  let end = carried.end;
  while (end > carried.open + 1 && /\s/.test(text[end - 1])) end--;
  return makeQuote(text, carried.open, carried.open + 1, end, "double", true, carried.multi);
}

function firstNonSpace(text: string, paragraph: Paragraph): number {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(text[i])) i++;
  return i;
}

function pairDoubles(
  text: string,
  marks: Mark[],
  quotes: Quote[],
  carried: Carried | null,
  paragraphEnd: number,
): Carried | null {
  let open: { offset: number; from: number; multi: boolean } | null = null;
  for (const m of marks) {
    if (m.role === "open") {
      if (open && !carried) {
        // Two openings in a row: the first one is left unbalanced up to this mark.
        quotes.push(makeQuote(text, open.from, open.offset + 1, m.offset, "double", true, open.multi));
      }
      if (carried) {
        open = { offset: m.offset, from: carried.open, multi: true };
        carried = null;
      } else open = { offset: m.offset, from: m.offset, multi: false };
    } else if (open) {
      quotes.push(
        makeQuote(text, open.from, open.from + 1, m.offset, "double", false, open.multi, m.offset + 1),
      );
      open = null;
    }
  }
  if (open) {
    // Left open at the end of the paragraph: carried over if the next paragraph reopens.
    return { open: open.from, multi: open.multi, end: paragraphEnd };
  }
  return null;
}

function makeQuote(
  text: string,
  open: number,
  innerStart: number,
  innerEnd: number,
  mark: "double" | "single",
  unclosed: boolean,
  multiParagraph: boolean,
  close = innerEnd,
): Quote {
  return {
    open,
    close,
    inner: { start: innerStart, end: innerEnd, text: text.slice(innerStart, innerEnd) },
    mark,
    unclosed,
    multiParagraph,
  };
}

function pairSingles(text: string, marks: Mark[], quotes: Quote[]): void {
  let open: number | null = null;
  for (const m of marks) {
    if (m.mark !== "single") continue;
    if (m.role === "open") open = m.offset;
    else if (open !== null) {
      quotes.push(makeQuote(text, open, open + 1, m.offset, "single", false, false, m.offset + 1));
      open = null;
    }
  }
}

/** Classifies each quote mark of a paragraph as opening or closing. */
function marksIn(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  let straightOpen = false;
  QUOTE_MARK.lastIndex = start;
  for (let found = QUOTE_MARK.exec(text); found && found.index < end; found = QUOTE_MARK.exec(text)) {
    const i = found.index;
    const c = found[0];
    if (c === "\u201c" || c === "\u201e") marks.push({ offset: i, role: "open", mark: "double" });
    else if (c === "\u201d") marks.push({ offset: i, role: "close", mark: "double" });
    else if (c === '"') {
      marks.push({ offset: i, role: straightRole(text, i, start, end, straightOpen), mark: "double" });
      straightOpen = marks[marks.length - 1].role === "open";
    } else if (c === "\u2018" || c === "'") {
      const role = singleRole(text, i, start, end);
      if (role) marks.push({ offset: i, role, mark: "single" });
    } else {
      const role = singleRole(text, i, start, end);
      if (role === "close") marks.push({ offset: i, role, mark: "single" });
    }
  }
  return marks;
}

function straightRole(
  text: string,
  i: number,
  start: number,
  end: number,
  isOpen: boolean,
): "open" | "close" {
  const before = i > start ? text[i - 1] : " ";
  const after = i + 1 < end ? text[i + 1] : " ";
  if (/\s|[([{\u2014\u2013-]/.test(before) && !/\s/.test(after)) return "open";
  if (!/\s/.test(before) && (/\s|[.,;:!?)\]}\u2014-]/.test(after) || i + 1 >= end)) return "close";
  return isOpen ? "close" : "open";
}

/** Opening single quote: after a space or start, before a letter. Closing: after a non-space and
 * not between two letters (an apostrophe). */
function singleRole(text: string, i: number, start: number, end: number): "open" | "close" | null {
  const before = i > start ? text[i - 1] : " ";
  const after = i + 1 < end ? text[i + 1] : " ";
  const beforeWord = LETTER_OR_DIGIT.test(before);
  const afterWord = LETTER_OR_DIGIT.test(after);
  if (beforeWord && afterWord) return null; // can’t, Israel’s
  if (!beforeWord && !/[.,!?]/.test(before) && afterWord) return "open";
  if (!afterWord && (beforeWord || /[.,!?]/.test(before))) return "close";
  return null;
}
