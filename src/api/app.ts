// The Hono app: the read-only JSON API over a store, the OpenAPI document, the ingest endpoint (only
// with a token) and the built web interface. Every request and response is checked against its zod
// schema; errors are JSON with a message, never a stack trace.
import { timingSafeEqual } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Context, Hono } from "hono";
import type { z } from "zod";
import { storeGeneration } from "../store/articles.ts";
import type { Store } from "../store/open.ts";
import { openApiDocument } from "./openapi.ts";
import { ROUTES, type Route } from "./routes.ts";
import { ingestBody } from "./schemas.ts";
import { serveWeb } from "./static.ts";
import { type CorpusViews, corpusViews } from "./views.ts";

export interface AppOptions {
  store: Store;
  /** Folder of the built web interface; null serves the API alone. */
  webDir?: string | null;
  /** Enables POST /api/ingest for requests bearing this token. */
  ingestToken?: string | null;
  log?: (message: string) => void;
  /** Start building the corpus view at once, so the first overview does not wait for it. */
  warmUp?: boolean;
}

export class BadRequest extends Error {}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const log = options.log ?? ((m: string) => console.error(m));
  const cache = new GenerationCache();
  const views = corpusViews(options.store);
  if (options.warmUp) {
    cache
      .refresh(options.store)
      .then((generation) => views.ask(generation, "sides", undefined))
      .catch((error) => log(`parley serve: warming up the corpus view failed: ${String(error)}`));
  }
  app.use(async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
  });
  for (const route of ROUTES) app.get(route.path, (c) => handle(c, route, options.store, cache, views));
  const openApi = openApiDocument(ROUTES);
  app.get("/openapi.json", (c) => c.json(openApi));
  app.post("/api/ingest", (c) => ingest(c, options));
  app.all("/api/*", (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));
  if (options.webDir) serveWeb(app, options.webDir);
  app.notFound((c) => c.json({ error: `not found: ${c.req.path}` }, 404));
  app.onError((error, c) => {
    if (error instanceof BadRequest) return c.json({ error: error.message }, 400);
    log(
      `parley serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return c.json({ error: "internal error (see the server log)" }, 500);
  });
  return app;
}

/** Answers memoised for one generation of the store: every committed write starts a new one. */
class GenerationCache {
  private generation: number | null = null;
  private readonly values = new Map<string, Promise<unknown>>();

  /** Reads the store's generation and drops stale values. */
  async refresh(store: Store): Promise<number> {
    const generation = await storeGeneration(store.db);
    if (generation !== this.generation) this.values.clear();
    this.generation = generation;
    return generation;
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.values.has(key)) {
      if (this.values.size > 1000) this.values.clear();
      const pending = compute();
      pending.catch(() => this.values.delete(key));
      this.values.set(key, pending);
    }
    return this.values.get(key) as Promise<T>;
  }
}

async function handle(c: Context, route: Route, store: Store, cache: GenerationCache, views: CorpusViews) {
  const query = parseOrThrow(route.query, searchParams(c.req.url), "parameter");
  const params = route.params ? parseOrThrow(route.params, c.req.param(), "path parameter") : {};
  const generation = await cache.refresh(store);
  const key = `${c.req.path}?${JSON.stringify(query)}`;
  const body = await route.handler({
    store,
    query,
    params,
    cached: <T>(compute: () => Promise<T>) => cache.get(key, compute),
    memo: <T>(name: string, compute: () => Promise<T>) => cache.get(name, compute),
    views: (viewQuery, args) => views.ask(generation, viewQuery, args),
  });
  if (body === null) return c.json({ error: `not found: ${c.req.path}` }, 404);
  const checked = route.response.safeParse(body);
  if (!checked.success)
    throw new Error(`response of ${route.path} failed its schema: ${checked.error.message}`);
  return c.json(checked.data);
}

function searchParams(url: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URL(url).searchParams) {
    if (name in params) throw new BadRequest(`parameter "${name}" is given more than once`);
    params[name] = value;
  }
  return params;
}

function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys")
      return `unknown ${what} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    const name = issue.path.join(".");
    return name ? `${what} "${name}": ${issue.message}` : issue.message;
  });
  throw new BadRequest(`bad request: ${messages.join("; ")}`);
}

async function ingest(c: Context, options: AppOptions) {
  if (!options.ingestToken) {
    return c.json(
      { error: "ingest is disabled: start `parley serve` with --ingest-token (or PARLEY_INGEST_TOKEN)" },
      403,
    );
  }
  if (!tokenMatches(c.req.header("authorization"), options.ingestToken)) {
    return c.json({ error: "missing or wrong token: send Authorization: Bearer <token>" }, 401);
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new BadRequest("bad request: the body is not JSON");
  }
  const body = parseOrThrow(ingestBody, json, "field");
  return c.json(await ingestArticles(options.store, body.articles));
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Articles posted as JSON go through the same ingest as files: written as one JSONL file. */
async function ingestArticles(store: Store, articles: z.infer<typeof ingestBody>["articles"]) {
  const { ingestPaths } = await import("../store/ingest.ts");
  const { inlineAnalyzer } = await import("../worker/pool.ts");
  const dir = mkdtempSync(join(tmpdir(), "parley-ingest-"));
  try {
    const file = join(dir, "posted.jsonl");
    writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join("\n")}\n`);
    const summary = await ingestPaths(store, [file], { analyzer: inlineAnalyzer });
    return { added: summary.added, skipped: summary.skipped, failed: summary.failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
