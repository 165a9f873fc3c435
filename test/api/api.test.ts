// The HTTP API on both stores: every endpoint, the filters, bad parameters, the ingest token.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { ROUTES } from "../../src/api/routes.ts";
import type { Store } from "../../src/store/open.ts";
import { STORE_KINDS } from "../store/stores.ts";
import { writeFixtures } from "./fixture.ts";

const TOKEN = "test-token-0123456789";

async function get(app: Hono, path: string) {
  const response = await app.request(path);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe.each(STORE_KINDS)("API on the $name store", (kind) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let app: Hono;

  beforeAll(async () => {
    ({ store, cleanup } = await kind.open());
    await writeFixtures(store);
    app = createApp({ store, ingestToken: TOKEN, log: () => {} });
  });
  afterAll(async () => cleanup?.());

  it.each(
    ROUTES.filter((r) => !r.path.includes(":")).map((r) => r.path),
  )("%s answers 200 with JSON", async (path) => {
    const query =
      path === "/api/search"
        ? "?q=truce"
        : path === "/api/compare"
          ? "?a=Harbor%20Times&b=Ridge%20Daily"
          : "";
    const { status } = await get(app, `${path}${query}`);
    expect(status).toBe(200);
  });

  it("lists articles newest first, with filters on date and outlet", async () => {
    const all = await get(app, "/api/articles");
    expect(all.body.total).toBe(3);
    expect(all.body.items[0].published).toBe("2025-03-04");
    const march3 = await get(app, "/api/articles?from=2025-03-03&to=2025-03-03");
    expect(march3.body.items.map((a: { outlet: string }) => a.outlet)).toEqual(["Ridge Daily"]);
    const harbor = await get(app, "/api/articles?outlet=harbor%20times");
    expect(harbor.body.items.map((a: { title: string }) => a.title)).toEqual([
      "Envoys report progress in harbor talks",
    ]);
  });

  it("searches the full text", async () => {
    const { body } = await get(app, "/api/articles?q=monitoring");
    expect(body.items.map((a: { outlet: string }) => a.outlet)).toEqual(["Ridge Daily"]);
    const search = await get(app, "/api/search?q=Quint");
    expect(search.body.entities.map((e: { name: string }) => e.name)).toContain("Mara Quint");
  });

  it("reads an article with every item and spans inside the text", async () => {
    const list = await get(app, "/api/articles?outlet=Harbor%20Times");
    const { body } = await get(app, `/api/articles/${list.body.items[0].id}`);
    const layers = new Set(body.items.map((i: { layer: string }) => i.layer));
    expect([...layers].sort()).toEqual(["claim", "entity", "event", "figure", "label", "position"]);
    for (const item of body.items) {
      for (const s of item.spans) expect(s.end).toBeLessThanOrEqual(body.text.length);
    }
    const figure = body.items.find((i: { ref: string }) => i.ref === "figure:0");
    expect(body.text.slice(figure.spans[0].start, figure.spans[0].end)).toBe("42");
  });

  it("filters attributions by named or unnamed source and by party", async () => {
    const unnamed = await get(app, "/api/attributions?source=unnamed");
    expect(unnamed.body.items.every((a: { named: boolean }) => !a.named)).toBe(true);
    expect(unnamed.body.total).toBe(2);
    const named = await get(app, "/api/attributions?source=named");
    expect(named.body.items.map((a: { source: string }) => a.source)).toContain("Mara Quint");
    const coastal = await get(app, "/api/attributions?party=Coastal%20Front");
    expect(coastal.body.total).toBe(2);
    expect(coastal.body.items[0].affiliation).toBe("Coastal Front");
  });

  it("resolves event actors to names and filters events by party and type", async () => {
    const { body } = await get(app, "/api/events?party=coastal%20front");
    expect(body.total).toBe(2);
    expect(body.items[0].actors).toEqual(["Northland", "Coastal Front"]);
    const mediation = await get(app, "/api/events?type=mediation");
    expect(mediation.body.total).toBe(2);
  });

  it("flags a changed stance in the positions matrix and filters positions by issue", async () => {
    const { body } = await get(app, "/api/matrix");
    const cell = body.cells.find(
      (c: { party: string; issue: string }) => c.party === "Northland" && c.issue === "ceasefire",
    );
    expect(cell.history.map((h: { stance: string; changed: boolean }) => [h.stance, h.changed])).toEqual([
      ["accept", false],
      ["reject", true],
    ]);
    const monitoring = await get(app, "/api/positions?issue=monitoring");
    expect(monitoring.body.items.map((p: { stance: string }) => p.stance)).toEqual(["insist"]);
  });

  it("clusters a relayed claim; two articles' unnamed officials stay two origins", async () => {
    const { body } = await get(app, "/api/claims");
    const relayed = body.items.find((c: { content: string }) => c.content.startsWith("the group rejects"));
    expect(relayed.outlets.sort()).toEqual(["Harbor Times", "Ridge Daily"]);
    expect(relayed.reports).toHaveLength(2);
    expect(relayed.origins.map((o: { origin: string; kind: string }) => [o.origin, o.kind])).toEqual([
      ["A senior Coastal Front official", "unnamed"],
      ["A senior Coastal Front official", "unnamed"],
    ]);
    expect(relayed.reports.map((r: { evidence: { item: string } }) => r.evidence.item)).toEqual([
      "claim:a2",
      "claim:a1",
    ]);
    const one = await get(app, `/api/claims/${relayed.key}`);
    expect(one.body.content).toBe(relayed.content);
    const unnamedOnly = await get(app, "/api/claims?source=named");
    expect(
      unnamedOnly.body.items.some((c: { content: string }) => c.content.startsWith("the group rejects")),
    ).toBe(false);
  });

  it("shows conflicting figures side by side", async () => {
    const { body } = await get(app, "/api/figure-groups");
    const released = body.items.find((g: { what: string }) => g.what === "released");
    expect(released.conflicting).toBe(true);
    expect(released.figures.map((f: { value: number }) => f.value).sort()).toEqual([40, 42]);
  });

  it("finds mediators and parties in the overview", async () => {
    const { body } = await get(app, "/api/overview");
    expect(body.mediators.map((m: { name: string }) => m.name)).toContain("Valeria");
    expect(body.parties.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["Northland", "Coastal Front"]),
    );
    expect(body.negotiators.map((n: { name: string; role: string }) => [n.name, n.role])).toEqual([
      ["Mara Quint", "the Northland envoy"],
    ]);
  });

  it("compares two outlets on a shared event type", async () => {
    const { body } = await get(app, "/api/compare?a=Harbor%20Times&b=Ridge%20Daily");
    expect(body.type).toBe("talks");
    expect(body.sides.map((s: { events: unknown[] }) => s.events.length)).toEqual([1, 1]);
    expect(body.sides[0].labels[0].text).toBe("Coastal Front");
    // Sunday's and Monday's talks between the same parties are one event of the merged timeline.
    expect(body.sameEvents).toHaveLength(1);
    expect(
      body.sameEvents[0].sides.map(
        (s: { reports: { evidence: { item: string } }[] }) => s.reports[0].evidence.item,
      ),
    ).toEqual(["event:0", "event:0"]);
  });

  it("answers a list while the corpus view is still being built", async () => {
    const fresh = createApp({ store, log: () => {} });
    let overviewDone = false;
    const overview = (async () => {
      const { status } = await fresh.request("/api/overview");
      overviewDone = true;
      return status;
    })();
    // A view built in one go on the server's thread would be finished before this next turn.
    await new Promise((next) => setTimeout(next, 0));
    expect((await fresh.request("/api/events")).status).toBe(200);
    expect(overviewDone).toBe(false);
    expect(await overview).toBe(200);
  });

  it("draws talks and relays edges in the actor graph", async () => {
    const { body } = await get(app, "/api/graph");
    const relations = new Set(body.edges.map((e: { relation: string }) => e.relation));
    expect(relations).toEqual(new Set(["talks", "relays"]));
  });

  it.each([
    ["/api/articles?limit=0", 'parameter "limit"'],
    ["/api/articles?limit=many", 'parameter "limit"'],
    ["/api/articles?offset=-1", 'parameter "offset"'],
    ["/api/articles?from=03/02/2025", "YYYY-MM-DD"],
    ["/api/articles?colour=red", 'unknown parameter "colour"'],
    ["/api/articles?limit=1&limit=2", "more than once"],
    ["/api/attributions?source=maybe", 'parameter "source"'],
    ["/api/timeline?lane=weekday", 'parameter "lane"'],
    ["/api/search", 'parameter "q"'],
    ["/api/search?q=", 'parameter "q"'],
    ["/api/compare?a=Harbor%20Times", 'parameter "b"'],
    ["/api/articles/abc", 'path parameter "id"'],
    ["/api/claims/Not%20A%20Key", 'path parameter "key"'],
  ])("refuses %s with 400 and a message", async (path, message) => {
    const { status, body } = await get(app, path);
    expect(status).toBe(400);
    expect(body.error).toContain(message);
    expect(JSON.stringify(body)).not.toMatch(/\bat .+\.ts:\d+/);
  });

  it("answers unknown ids and endpoints with 404 JSON", async () => {
    expect((await get(app, "/api/articles/999999")).status).toBe(404);
    expect((await get(app, "/api/claims/no-such-claim")).status).toBe(404);
    const missing = await get(app, "/api/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toContain("no such endpoint");
  });

  it("serves an OpenAPI document naming every route", async () => {
    const { body } = await get(app, "/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    for (const r of ROUTES) expect(Object.keys(body.paths)).toContain(r.path.replace(/:(\w+)/g, "{$1}"));
    const limit = body.paths["/api/articles"].get.parameters.find(
      (p: { name: string }) => p.name === "limit",
    );
    expect(limit.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 500 });
  });

  it("ingests only with the token", async () => {
    const post = (headers: Record<string, string>, body: string) =>
      app.request("/api/ingest", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
    const article = JSON.stringify({
      articles: [
        {
          text: "Talks resume\n\nEnvoys from Northland met again on Friday, officials said.",
          outlet: "Test Wire",
          published: "2025-04-01",
        },
      ],
    });
    expect((await post({}, article)).status).toBe(401);
    expect((await post({ authorization: "Bearer wrong-token-0123456" }, article)).status).toBe(401);
    expect((await post({ authorization: `Bearer ${TOKEN}` }, "{not json")).status).toBe(400);
    const bad = await post({ authorization: `Bearer ${TOKEN}` }, JSON.stringify({ articles: [] }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toContain("at least one article");
    const ok = await post({ authorization: `Bearer ${TOKEN}` }, article);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ added: 1, skipped: 0, failed: 0 });
    expect((await get(app, "/api/articles?outlet=Test%20Wire")).body.total).toBe(1);
    const again = await post({ authorization: `Bearer ${TOKEN}` }, article);
    expect(await again.json()).toEqual({ added: 0, skipped: 1, failed: 0 });
  });

  it("refuses ingest on a read-only server", async () => {
    const readOnly = createApp({ store, log: () => {} });
    const response = await readOnly.request("/api/ingest", { method: "POST", body: "{}" });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toContain("ingest is disabled");
  });
});

describe("web assets", () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-web-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>t</title>");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const app = createApp({ store: {} as Store, webDir: dir, log: () => {} });

  it("serves index.html for views, with a strict Content-Security-Policy", async () => {
    const response = await app.request("/some/view");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each([
    "/../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/..%2f..%2fetc%2fpasswd",
  ])("never serves a file outside its folder: %s", async (path) => {
    const text = await (await app.request(path)).text();
    expect(text).not.toContain("root:");
  });
});
