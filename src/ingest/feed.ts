// RSS and Atom files: one article per item, its HTML content (or description) turned into
// paragraphs. The XML is validated first, so a broken feed is reported with its line instead of
// being half read.
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { blockText } from "./html.ts";
import { composeText, isoDate, type SourceItem, type SourceProblem } from "./item.ts";

export function readFeed(file: string, xml: string): { items: SourceItem[]; problems: SourceProblem[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { items: [], problems: [{ file, line: valid.err.line, problem: `broken XML: ${valid.err.msg}` }] };
  }
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return {
      items: [],
      problems: [{ file, line: null, problem: `not an RSS or Atom feed (${(error as Error).message})` }],
    };
  }
  const items: SourceItem[] = [];
  const problems: SourceProblem[] = [];
  const lines = lineFinder(xml);
  feed.items.forEach((entry, index) => {
    const line = lines(entry.id ?? entry.url ?? entry.title);
    const html = entry.content ?? entry.description ?? "";
    const body = blockText(html);
    if (!body.trim()) {
      problems.push({ file, line, problem: `item ${index + 1} has no text` });
      return;
    }
    const title = entry.title?.trim() || null;
    items.push({
      text: composeText(title, body),
      title,
      url: entry.url ?? null,
      outlet: feed.title?.trim() || null,
      published: isoDate(entry.published ?? entry.updated),
      file,
      line,
      format: "feed",
    });
  });
  return { items, problems };
}

/** The 1-based line where a value (an item's id, link or title) first appears after the last one found. */
function lineFinder(xml: string): (needle: string | null) => number | null {
  let from = 0;
  return (needle) => {
    if (!needle) return null;
    const at = xml.indexOf(needle, from);
    if (at < 0) return null;
    from = at + needle.length;
    let line = 1;
    for (let i = xml.indexOf("\n"); i >= 0 && i < at; i = xml.indexOf("\n", i + 1)) line++;
    return line;
  };
}
