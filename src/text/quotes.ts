// Quotation spans: straight and curly double quotes, single-quote quotations, quotations that run
// over paragraphs (each new paragraph reopens with a mark and the previous one is left open), and
// unbalanced marks. Apostrophes (can’t, Hamas’) are told apart from closing single quotes.
import type { Paragraph, Quote } from "../types.ts";

// Every character that can be a quote mark; the scan jumps from one to the next.
// Two apostrophes or two backticks stand for a double quote in ASCII news text (''Yes,'' he said).
const QUOTE_MARK = /''|``|["'\u2018\u2019\u201c\u201d\u201e]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Mark {
  offset: number;
  /** Length of the mark: 2 for '' and ``, else 1. */
  width: number;
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
  width: number;
  multi: boolean;
  /** End of the last paragraph the quotation is open in. */
  end: number;
}

function leftOpen(text: string, carried: Carried): Quote {
  let end = carried.end;
  const innerStart = carried.open + carried.width;
  while (end > innerStart && /\s/.test(text[end - 1])) end--;
  return makeQuote(text, carried.open, innerStart, end, "double", true, carried.multi);
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
  let open: { offset: number; width: number; from: number; fromWidth: number; multi: boolean } | null = null;
  for (const m of marks) {
    if (m.role === "open") {
      if (open && !carried) {
        // Two openings in a row: the first one is left unbalanced up to this mark.
        quotes.push(
          makeQuote(text, open.from, open.offset + open.width, m.offset, "double", true, open.multi),
        );
      }
      if (carried) {
        open = {
          offset: m.offset,
          width: m.width,
          from: carried.open,
          fromWidth: carried.width,
          multi: true,
        };
        carried = null;
      } else open = { offset: m.offset, width: m.width, from: m.offset, fromWidth: m.width, multi: false };
    } else if (open) {
      const innerStart = open.from + open.fromWidth;
      quotes.push(
        makeQuote(text, open.from, innerStart, m.offset, "double", false, open.multi, m.offset + m.width),
      );
      open = null;
    }
  }
  if (open) {
    // Left open at the end of the paragraph: carried over if the next paragraph reopens.
    return { open: open.from, width: open.fromWidth, multi: open.multi, end: paragraphEnd };
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
    closeMark: unclosed ? close : innerEnd,
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
    if (c === "\u201c" || c === "\u201e" || c === "``")
      marks.push({ offset: i, width: c.length, role: "open", mark: "double" });
    else if (c === "\u201d") marks.push({ offset: i, width: 1, role: "close", mark: "double" });
    else if (c === '"' || c === "''") {
      const role = straightRole(text, i, i + c.length, start, end, straightOpen);
      marks.push({ offset: i, width: c.length, role, mark: "double" });
      straightOpen = role === "open";
    } else if (c === "\u2018" || c === "'") {
      const role = singleRole(text, i, start, end);
      if (role) marks.push({ offset: i, width: 1, role, mark: "single" });
    } else {
      const role = singleRole(text, i, start, end);
      if (role === "close") marks.push({ offset: i, width: 1, role, mark: "single" });
    }
  }
  return marks;
}

function straightRole(
  text: string,
  i: number,
  markEnd: number,
  start: number,
  end: number,
  isOpen: boolean,
): "open" | "close" {
  const before = i > start ? text[i - 1] : " ";
  const after = markEnd < end ? text[markEnd] : " ";
  if (/\s|[([{\u2014\u2013-]/.test(before) && !/\s/.test(after)) return "open";
  if (!/\s/.test(before) && (/\s|[.,;:!?)\]}\u2014-]/.test(after) || markEnd >= end)) return "close";
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
