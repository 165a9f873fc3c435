// The web interface in real headless Chromium: every view opens on a store built from the seeds
// (plus fixture articles), clicking an item lands on its highlighted evidence in the reader,
// keyboard navigation works, the first view is fast, and hostile article text never executes.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, SCREENSHOTS, startHarness } from "./harness.ts";

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.browser.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
});
afterAll(async () => harness?.close());

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

async function open(hash: string): Promise<void> {
  await page.goto(`${harness.url}/${hash}`);
}

/** The reader shows the item named in the URL, highlighted and scrolled into view. */
async function expectFocusedEvidence(name: string): Promise<void> {
  await page.waitForURL(/#\/article\/\d+\?item=/);
  const focused = page.locator("#evidence-focus");
  await focused.waitFor({ state: "visible" });
  const box = await focused.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(box && viewport && box.y >= 0 && box.y + Math.min(box.height, 40) <= viewport.height).toBe(true);
  const item = new URL(page.url()).hash.match(/item=([^&]+)/)?.[1];
  expect(await focused.getAttribute("data-refs")).toContain(decodeURIComponent(item ?? ""));
  await shot(`${name}-evidence`);
}

const VIEWS: { name: string; hash: string; item: string; via?: string }[] = [
  { name: "overview", hash: "#/overview", item: "[data-testid=evidence]" },
  { name: "timeline-party", hash: "#/timeline?lane=party", item: "[data-testid=timeline-event]" },
  { name: "timeline-outlet", hash: "#/timeline?lane=outlet", item: "[data-testid=timeline-event]" },
  { name: "positions", hash: "#/positions", item: ".matrix [data-testid=evidence]" },
  { name: "sources", hash: "#/sources", item: "[data-testid=evidence]" },
  { name: "sources-unnamed", hash: "#/sources?source=unnamed", item: "[data-testid=evidence]" },
  { name: "claims", hash: "#/claims", via: "[data-testid=claim]", item: "[data-testid=evidence]" },
  {
    name: "outlets",
    hash: "#/outlets?a=Harbor%20Times&b=Ridge%20Daily",
    item: "[data-testid=compare-side] [data-testid=evidence]",
  },
  { name: "figures", hash: "#/figures", item: "[data-testid=evidence]" },
  { name: "graph", hash: "#/graph", item: "[data-testid=evidence]" },
];

// First, so that neither the browser nor the server has anything cached yet.
describe("speed", () => {
  async function firstView(): Promise<number> {
    const fresh = await harness.browser.newPage();
    await fresh.goto(`${harness.url}/#/overview`);
    await fresh.locator(".stats").waitFor();
    const ms = await fresh.evaluate(() => performance.now());
    await fresh.close();
    return ms;
  }

  // Timings belong in benchmarks, not in pass/fail tests: this one checks that a fresh tab renders
  // the first view and prints how long it took (the first with cold caches), for the notes.
  it("renders the first view in a fresh tab, and prints its time", async () => {
    const times = [await firstView(), await firstView(), await firstView()];
    console.log(`first view: ${times.map((t) => t.toFixed(0)).join(", ")} ms (first with cold caches)`);
    for (const t of times) expect(t).toBeGreaterThan(0);
  });
});

describe("views", () => {
  it.each(VIEWS)("$name opens, and its first item lands on the evidence", async ({
    name,
    hash,
    item,
    via,
  }) => {
    await open(hash);
    if (via) {
      await page.locator(via).first().click();
      await page.waitForURL(/#\/claim\//);
    }
    await page.locator(item).first().waitFor();
    if (name === "graph") await page.locator("[data-testid=graph-canvas] canvas").first().waitFor();
    await shot(name);
    await page.locator(item).first().click();
    await expectFocusedEvidence(name);
  });

  it("search finds an article, and clicking a highlight in it focuses that item", async () => {
    await open("#/search?q=monitoring");
    await page.locator("[data-testid=search-article]").first().click();
    await page.waitForURL(/#\/article\/\d+$/);
    await page.locator("mark.l-position").first().click();
    await expectFocusedEvidence("search");
    await expect(page.locator("[data-testid=focused-item]").textContent()).resolves.toContain("position");
  });

  it("every seed article opens in the reader with highlighted items", async () => {
    const { items } = await (await fetch(`${harness.url}/api/articles?limit=100`)).json();
    const seeds = items.filter((a: { url: string | null }) => !a.url);
    expect(seeds.length).toBe(5);
    for (const seed of seeds) {
      await open(`#/article/${seed.id}`);
      await page.locator("[data-testid=article-text]").waitFor();
      expect(await page.locator("mark.hl").count()).toBeGreaterThan(0);
    }
    await page.locator("mark.hl").first().click();
    await expectFocusedEvidence("seed-reader");
  });

  it("a shared URL opens the same view with the same item", async () => {
    await open("#/overview");
    await page.locator("[data-testid=evidence]").first().click();
    await page.waitForURL(/item=/);
    const shared = page.url();
    const other = await harness.browser.newPage();
    await other.goto(shared);
    await other.locator("#evidence-focus").waitFor({ state: "visible" });
    await other.close();
  });
});

describe("filters", () => {
  it("narrows the timeline to one outlet and a date range, kept in the URL", async () => {
    await open("#/timeline?lane=outlet");
    await page.locator("[data-testid=timeline-event]").first().waitFor();
    await page.fill("[data-testid=filters] input[name=outlet]", "Ridge Daily");
    await page.fill("[data-testid=filters] input[name=from]", "2025-03-01");
    await page.click("[data-testid=filters] button");
    await page.waitForURL(/outlet=Ridge/);
    expect(page.url()).toContain("from=2025-03-01");
    await page.waitForFunction(() => document.querySelectorAll(".lane-name").length === 1);
    expect(await page.locator(".lane-name").allTextContents()).toEqual(["Ridge Daily"]);
    await shot("timeline-filtered");
  });
});

describe("keyboard", () => {
  it("digits switch views, j moves to the next link, Enter follows it, n steps through items", async () => {
    await open("#/overview");
    await page.locator("[data-testid=evidence]").first().waitFor();
    await page.keyboard.press("2");
    await page.waitForURL(/#\/timeline/);
    await page.keyboard.press("1");
    await page.waitForURL(/#\/overview/);
    await page.locator("[data-testid=evidence]").first().waitFor();
    await page.keyboard.press("j");
    await page.keyboard.press("Enter");
    await expectFocusedEvidence("keyboard");
    const before = page.url();
    await page.keyboard.press("n");
    await page.waitForURL((url) => url.toString() !== before);
    await page.locator("#evidence-focus").waitFor({ state: "visible" });
  });
});

describe("hostile article text", () => {
  async function expectNothingRan(): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('a[href^="javascript:" i], [href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator("main script, main img, main [onerror], main [onmouseover]").count()).toBe(0);
  }

  it("renders markup in the reader as text, and nothing in it runs", async () => {
    const { items } = await (await fetch(`${harness.url}/api/articles?q=hostile`)).json();
    await open(`#/article/${items[0].id}`);
    const text = page.locator("[data-testid=article-text]");
    await text.waitFor();
    expect(await text.textContent()).toContain("<script>window.__pwned = 1</script>");
    expect(await page.locator("h1").textContent()).toContain("<script>");
    for (const mark of await page.locator("mark.hl").all()) {
      await mark.hover();
      await mark.click();
    }
    await page.getByText("click here").first().click();
    await page.waitForTimeout(200);
    await shot("hostile-reader");
    await expectNothingRan();
  });

  it.each([
    "#/overview",
    "#/timeline?lane=outlet",
    "#/sources",
    "#/claims",
    "#/outlets",
    "#/graph",
    "#/search?q=hostile",
    "#/positions",
  ])("%s shows the hostile article's items as text", async (hash) => {
    await open(hash);
    await page.locator("main h1").waitFor();
    await page.waitForLoadState("networkidle");
    await expectNothingRan();
  });

  it("serves the page with a Content-Security-Policy that forbids inline script", async () => {
    const response = await page.goto(`${harness.url}/`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  });
});
