// Request and response shapes of the HTTP API. The same zod schemas validate every request, every
// response, and generate the OpenAPI document (openapi.ts), so the three cannot drift apart.
import { z } from "zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
const shortText = z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters");

/** Every filter the list endpoints know; each endpoint picks the ones that apply to it. */
export const filterFields = {
  from: isoDay.optional().describe("first publication day, inclusive (YYYY-MM-DD)"),
  to: isoDay.optional().describe("last publication day, inclusive (YYYY-MM-DD)"),
  outlet: shortText.optional().describe("outlet name, exact (case-insensitive)"),
  party: shortText.optional().describe("party (entity name), exact (case-insensitive)"),
  issue: shortText.optional().describe("position issue, e.g. hostages"),
  source: z.enum(["named", "unnamed"]).optional().describe("named or unnamed sources only"),
  q: shortText.optional().describe("full-text search words"),
  type: shortText.optional().describe("entity or event type"),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe("page size, 1-500"),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe("items to skip"),
};

type FilterKey = keyof typeof filterFields;

/** A strict query schema: unknown parameters are refused (400) rather than silently ignored. */
export function querySchema<K extends FilterKey>(...keys: K[]) {
  const shape = Object.fromEntries(keys.map((k) => [k, filterFields[k]])) as Pick<typeof filterFields, K>;
  return z.object(shape).strict();
}

export const idParams = z.object({
  id: z.coerce.number().int().min(1, "an article id is a positive integer"),
});

export const laneQuery = querySchema("from", "to", "outlet", "party", "type").extend({
  lane: z.enum(["party", "outlet"]).default("party").describe("swimlanes by party or by outlet"),
});

export const compareQuery = querySchema("from", "to").extend({
  a: shortText.describe("first outlet"),
  b: shortText.describe("second outlet"),
  type: shortText.optional().describe("event type to compare; the most common shared one when absent"),
});

export const claimQuery = querySchema("from", "to", "outlet", "party", "source", "q", "limit", "offset");

export const claimKeyParams = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,120}$/, "a claim key from /api/claims"),
});

// ---- responses ----

const nullableText = z.string().nullable();

export const articleSummary = z.object({
  id: z.number().int(),
  title: nullableText,
  outlet: nullableText,
  published: nullableText,
  url: nullableText,
  wordCount: z.number().int(),
  version: z.number().int(),
  duplicateOf: z.number().int().nullable(),
});

/** Where an item's evidence is: the article and the item reference the reader highlights. */
export const evidenceRef = z.object({
  article: z.number().int(),
  item: z.string(),
  title: nullableText,
  outlet: nullableText,
  published: nullableText,
  text: z.string(),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(item),
  });
}

export const span = z.object({ start: z.number().int(), end: z.number().int() });

export const readerItem = z.object({
  ref: z.string(),
  layer: z.enum(["entity", "claim", "event", "position", "figure", "label", "date"]),
  label: z.string(),
  detail: z.string(),
  /** The span the reader scrolls to; other spans (source, cue) are highlighted with it. */
  focus: span,
  spans: z.array(span),
});

export const articleDetail = articleSummary.extend({
  text: z.string(),
  items: z.array(readerItem),
  duplicates: z.array(z.number().int()),
  previousVersion: z.number().int().nullable(),
});

export const entitySummary = z.object({
  name: z.string(),
  type: z.string(),
  subtype: nullableText,
  articles: z.number().int(),
  mentions: z.number().int(),
  titles: z.array(z.string()),
  evidence: evidenceRef,
});

export const attributionRow = z.object({
  source: nullableText,
  sourceKind: nullableText,
  named: z.boolean(),
  descriptor: nullableText,
  affiliation: nullableText,
  cue: nullableText,
  kind: z.string(),
  content: z.string(),
  via: z.array(z.string()),
  evidence: evidenceRef,
});

export const eventRow = z.object({
  type: z.string(),
  status: nullableText,
  actors: z.array(z.string()),
  place: nullableText,
  date: nullableText,
  evidence: evidenceRef,
});

export const positionRow = z.object({
  party: z.string(),
  issue: z.string(),
  stance: z.string(),
  accordingTo: nullableText,
  date: nullableText,
  evidence: evidenceRef,
});

export const figureRow = z.object({
  value: z.number(),
  unit: nullableText,
  what: nullableText,
  qualifier: nullableText,
  source: nullableText,
  evidence: evidenceRef,
});

export const overview = z.object({
  articles: z.number().int(),
  outlets: z.number().int(),
  firstPublished: nullableText,
  lastPublished: nullableText,
  parties: z.array(entitySummary.extend({ role: z.string() })),
  mediators: z.array(entitySummary.extend({ role: z.string() })),
  negotiators: z.array(entitySummary.extend({ role: z.string() })),
  latestEvents: z.array(eventRow),
});

export const timeline = z.object({
  lane: z.enum(["party", "outlet"]),
  lanes: z.array(z.object({ name: z.string(), events: z.array(eventRow) })),
});

export const positionMatrix = z.object({
  parties: z.array(z.string()),
  issues: z.array(z.string()),
  cells: z.array(
    z.object({
      party: z.string(),
      issue: z.string(),
      /** Stances in publication order; `changed` when a stance differs from the one before it. */
      history: z.array(positionRow.extend({ changed: z.boolean() })),
    }),
  ),
});

export const sourceGroup = z.object({
  source: z.string(),
  named: z.boolean(),
  affiliation: nullableText,
  claims: z.number().int(),
  outlets: z.array(z.string()),
  relays: z.array(z.string()),
  examples: z.array(attributionRow),
});

export const claimCluster = z.object({
  key: z.string(),
  content: z.string(),
  /** Independent origins: the innermost named source, else the first outlet that reported it. */
  origins: z.array(
    z.object({
      origin: z.string(),
      named: z.boolean(),
      kind: z.enum(["named", "unnamed", "outlet"]),
      firstSeen: nullableText,
    }),
  ),
  independentOrigins: z.number().int(),
  /** Outlets that carried the claim. */
  outlets: z.array(z.string()),
  echoes: z.number().int(),
  reports: z.array(attributionRow),
});

export const outletProfile = z.object({
  outlet: z.string(),
  articles: z.number().int(),
  attributions: z.number().int(),
  unnamedShare: z.number().nullable(),
  labelCount: z.number().int(),
  voices: z.record(z.string(), z.number()),
});

const actorLabel = z.object({ text: z.string(), actor: z.string(), count: z.number().int() });

export const comparison = z.object({
  type: nullableText,
  sharedTypes: z.array(z.string()),
  sides: z.array(
    z.object({
      outlet: z.string(),
      profile: outletProfile.nullable(),
      labels: z.array(actorLabel),
      events: z.array(eventRow),
    }),
  ),
  /** Events of the merged timeline both outlets reported, each outlet's telling beside the other's. */
  sameEvents: z.array(
    z.object({
      type: z.string(),
      date: nullableText,
      actors: z.array(z.string()),
      sides: z.array(
        z.object({
          outlet: z.string(),
          reports: z.array(z.object({ status: nullableText, evidence: evidenceRef })),
        }),
      ),
    }),
  ),
});

export const figureGroup = z.object({
  what: z.string(),
  unit: nullableText,
  conflicting: z.boolean(),
  figures: z.array(figureRow),
});

export const graph = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), weight: z.number().int() })),
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      relation: z.enum(["talks", "relays", "accuses"]),
      weight: z.number().int(),
      evidence: evidenceRef,
    }),
  ),
});

export const searchResult = z.object({
  articles: z.array(articleSummary.extend({ snippet: z.string() })),
  entities: z.array(entitySummary),
});

export const ingestBody = z
  .object({
    articles: z
      .array(
        z
          .object({
            text: z.string().min(1, "text must not be empty").max(2_000_000),
            title: z.string().max(1000).optional(),
            url: z.string().max(2000).optional(),
            published: z.string().max(40).optional(),
            outlet: z.string().max(200).optional(),
          })
          .strict(),
      )
      .min(1, "give at least one article")
      .max(1000, "at most 1000 articles per request"),
  })
  .strict();

export const ingestResult = z.object({
  added: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
});

export const errorBody = z.object({ error: z.string(), issues: z.array(z.string()).optional() });
