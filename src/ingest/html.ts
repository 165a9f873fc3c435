// HTML pages: the main content through Readability on a linkedom DOM, as paragraphs separated by
// blank lines (so the segmenter sees the same structure as in a text article), with metadata from
// JSON-LD first and meta tags second.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { composeText, isoDate } from "./item.ts";
import { InputError } from "./read.ts";

export interface HtmlArticle {
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

export function extractHtml(file: string, html: string): HtmlArticle {
  if (!/<[a-z!]/i.test(html)) throw new InputError(file, "is not an HTML page (no markup)");
  const { document } = parseHTML(html);
  if (!document.body) throw new InputError(file, "is not an HTML page (no body)");
  const meta = readMetadata(document);
  // Readability changes the document it reads, so metadata is read first.
  const parsed = new Readability(document as unknown as Document).parse();
  const body = parsed?.content ? blockText(parsed.content) : "";
  if (!body.trim()) throw new InputError(file, "has no readable main content");
  const title = meta.title ?? clean(parsed?.title) ?? null;
  return {
    text: composeText(title, body),
    title,
    url: meta.url,
    outlet: meta.outlet ?? clean(parsed?.siteName),
    published: meta.published ?? isoDate(parsed?.publishedTime),
  };
}

/** Paragraph text of an HTML fragment: one paragraph per block element, blank lines between. */
export function blockText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const paragraphs: string[] = [];
  for (const element of document.querySelectorAll(BLOCKS)) {
    // A block inside another block (a <p> in an <li>) is read with its container.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = clean(element.textContent);
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const whole = clean(document.body.textContent);
    if (whole) paragraphs.push(whole);
  }
  return paragraphs.join("\n\n");
}

function clean(text: string | null | undefined): string | null {
  const flat = text?.replace(/\s+/g, " ").trim();
  return flat ? flat : null;
}

interface PageMeta {
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

function readMetadata(document: ReturnType<typeof parseHTML>["document"]): PageMeta {
  const ld = jsonLd(document);
  const metaContent = (selector: string) => clean(document.querySelector(selector)?.getAttribute("content"));
  return {
    title:
      clean(text(ld.headline)) ??
      metaContent('meta[property="og:title"]') ??
      // A page's <title> often carries the site's name ("… | The Daily"): the headline comes first.
      clean(document.querySelector("h1")?.textContent) ??
      clean(document.querySelector("title")?.textContent),
    url:
      text(ld.url) ??
      clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ??
      metaContent('meta[property="og:url"]'),
    outlet: clean(text(ld.publisher)) ?? metaContent('meta[property="og:site_name"]'),
    published:
      isoDate(text(ld.datePublished)) ??
      isoDate(metaContent('meta[property="article:published_time"]')) ??
      isoDate(metaContent('meta[name="date"]')) ??
      isoDate(document.querySelector("time[datetime]")?.getAttribute("datetime")),
  };
}

type LdNode = Record<string, unknown>;

/** The first JSON-LD node that looks like an article (NewsArticle, Article, ReportageNewsArticle…). */
function jsonLd(document: ReturnType<typeof parseHTML>["document"]): LdNode {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // A broken JSON-LD block is ignored; the meta tags still count.
    }
    const found = ldNodes(data).find((n) => /Article|Posting/.test(String(n["@type"] ?? "")));
    if (found) return found;
  }
  return {};
}

function ldNodes(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(ldNodes);
  if (!data || typeof data !== "object") return [];
  const node = data as LdNode;
  return [node, ...(Array.isArray(node["@graph"]) ? node["@graph"].flatMap(ldNodes) : [])];
}

/** A JSON-LD value as text: a string, or an object's name / @id. */
function text(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === "object") {
    const v = value as LdNode;
    return text(v.name) ?? text(v["@id"]);
  }
  return null;
}
