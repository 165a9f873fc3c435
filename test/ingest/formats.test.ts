import { describe, expect, it } from "vitest";
import { readFeed } from "../../src/ingest/feed.ts";
import { blockText, extractHtml } from "../../src/ingest/html.ts";
import { readJsonl } from "../../src/ingest/jsonl.ts";
import { InputError } from "../../src/ingest/read.ts";

const PAGE = `<!doctype html><html><head>
<title>Ignored tab title | The Harbor Ledger</title>
<meta property="og:site_name" content="The Harbor Ledger">
<meta property="article:published_time" content="2023-05-02T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
 {"@type":"NewsArticle","headline":"Ferry deal signed after night of talks","datePublished":"2023-05-01T21:30:00Z",
  "publisher":{"@type":"Organization","name":"Harbor Ledger"},"url":"https://ledger.example/ferry-deal"}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ferry deal signed after night of talks</h1>
<p>The two port authorities signed the ferry agreement shortly before dawn, a mediator said.</p>
<p>“Nobody slept,” said Jonas Ek, who chaired the last session. “But the boats will run again on Monday.”</p>
<ul><li>Crossings resume on Monday.</li><li>Fares stay frozen for a year.</li></ul>
</article><footer>© Harbor Ledger. Subscribe to our newsletter.</footer></body></html>`;

describe("HTML pages", () => {
  it("keeps the main content as paragraphs and reads metadata from JSON-LD before meta tags", () => {
    const page = extractHtml("page.html", PAGE);
    expect(page).toMatchObject({
      title: "Ferry deal signed after night of talks",
      url: "https://ledger.example/ferry-deal",
      outlet: "Harbor Ledger",
      published: "2023-05-01T21:30:00.000Z",
    });
    const paragraphs = page.text.split("\n\n");
    expect(paragraphs[0]).toBe("Ferry deal signed after night of talks");
    expect(paragraphs).toContain(
      "The two port authorities signed the ferry agreement shortly before dawn, a mediator said.",
    );
    expect(paragraphs).toContain("Fares stay frozen for a year.");
    expect(page.text).not.toMatch(/Subscribe|Home/);
  });

  it("falls back to meta tags without JSON-LD", () => {
    const page = extractHtml("page.html", PAGE.replace(/<script[\s\S]*?<\/script>/, ""));
    expect(page.outlet).toBe("The Harbor Ledger");
    expect(page.published).toBe("2023-05-02T08:00:00.000Z");
  });

  it.each([
    ["plain words, no markup", "just some words"],
    ["a page with no readable content", "<html><body><script>let a = 1;</script></body></html>"],
  ])("rejects %s", (_, html) => {
    expect(() => extractHtml("bad.html", html)).toThrow(InputError);
  });

  it("reads nested blocks once, with their container", () => {
    expect(blockText("<ul><li><p>One item.</p></li></ul><p>Next.</p>")).toBe("One item.\n\nNext.");
  });
});

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Radio</title>
<item><title>Pumping station talks stall</title><link>https://radio.example/1</link>
<pubDate>Tue, 14 Mar 2023 10:00:00 GMT</pubDate>
<description><![CDATA[<p>Talks over the pumping station stalled on Tuesday, the water board said.</p>]]></description></item>
<item><title>Empty item</title><link>https://radio.example/2</link></item>
</channel></rss>`;

describe("RSS and Atom feeds", () => {
  it("reads one article per item, with the feed's title as outlet", () => {
    const { items, problems } = readFeed("f.xml", FEED);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      title: "Pumping station talks stall",
      url: "https://radio.example/1",
      outlet: "Valley Radio",
      published: "2023-03-14T10:00:00.000Z",
      line: 3,
      format: "feed",
    });
    expect(items[0].text).toBe(
      "Pumping station talks stall\n\nTalks over the pumping station stalled on Tuesday, the water board said.",
    );
    expect(problems).toEqual([{ file: "f.xml", line: 6, problem: "item 2 has no text" }]);
  });

  it("reads Atom entries", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Lake Desk</title>
<entry><title>Boat count agreed</title><link href="https://lake.example/b"/><id>urn:b</id><updated>2022-01-05T00:00:00Z</updated>
<content type="html">&lt;p&gt;Both sides agreed on the number of boats.&lt;/p&gt;</content></entry></feed>`;
    const { items } = readFeed("a.atom", atom);
    expect(items.map((i) => [i.title, i.url, i.outlet, i.published])).toEqual([
      ["Boat count agreed", "https://lake.example/b", "Lake Desk", "2022-01-05T00:00:00.000Z"],
    ]);
  });

  it("reports broken XML with its line and reads nothing from that file", () => {
    const { items, problems } = readFeed("b.xml", FEED.replace("</link>\n<pubDate>", "</lnk>\n<pubDate>"));
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(3);
    expect(problems[0].problem).toMatch(/broken XML/);
  });
});

describe("JSONL", () => {
  it.each([
    ["a good line", '{"text":"Body.","title":"T","url":"u","outlet":"O","published":"2021-02-03"}', 1, 0],
    ["a line that is not JSON", "{text:", 0, 1],
    ["a JSON array", "[1,2]", 0, 1],
    ["an object without text", '{"title":"T"}', 0, 1],
    ["a blank line", "   ", 0, 0],
  ])("%s", (_, line, items, problems) => {
    const read = readJsonl("x.jsonl", `${line}\n`);
    expect([read.items.length, read.problems.length]).toEqual([items, problems]);
  });

  it("puts the title before the text and keeps line numbers", () => {
    const { items, problems } = readJsonl(
      "x.jsonl",
      `{"text":"One."}\nnope\n{"text":"Two.","title":"Head","published":"2021-02-03"}`,
    );
    expect(items.map((i) => [i.line, i.text, i.published])).toEqual([
      [1, "One.", null],
      [3, "Head\n\nTwo.", "2021-02-03"],
    ]);
    expect(problems.map((p) => p.line)).toEqual([2]);
  });
});
