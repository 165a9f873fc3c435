// The OpenAPI 3.1 document, generated from the route table and its zod schemas.
import { z } from "zod";
import { RECORD_VERSION } from "../record/build.ts";
import type { Route } from "./routes.ts";
import { errorBody, ingestBody, ingestResult } from "./schemas.ts";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(route: Route) {
  const query = route.query instanceof z.ZodObject ? route.query : null;
  const params = route.params instanceof z.ZodObject ? route.params : null;
  const list = (shape: Record<string, z.ZodType>, where: "query" | "path") =>
    Object.entries(shape).map(([name, schema]) => ({
      name,
      in: where,
      required: where === "path" || !schema.safeParse(undefined).success,
      description: schema.description,
      schema: jsonSchema(schema, "input"),
    }));
  return [...(params ? list(params.shape, "path") : []), ...(query ? list(query.shape, "query") : [])];
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: jsonSchema(errorBody, "output") } },
});

export function openApiDocument(routes: Route[]) {
  const paths: Record<string, unknown> = {};
  for (const route of routes) {
    paths[route.path.replace(/:(\w+)/g, "{$1}")] = {
      get: {
        summary: route.summary,
        parameters: parameters(route),
        responses: {
          200: {
            description: "OK",
            content: { "application/json": { schema: jsonSchema(route.response, "output") } },
          },
          400: errorResponse("Bad parameters"),
          ...(route.params ? { 404: errorResponse("Not found") } : {}),
        },
      },
    };
  }
  paths["/api/ingest"] = {
    post: {
      summary: "Ingest articles (only when the server was started with an ingest token)",
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        content: { "application/json": { schema: jsonSchema(ingestBody, "input") } },
      },
      responses: {
        200: {
          description: "OK",
          content: { "application/json": { schema: jsonSchema(ingestResult, "output") } },
        },
        400: errorResponse("Bad body"),
        401: errorResponse("Missing or wrong token"),
        403: errorResponse("Ingest is disabled on this server"),
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version: RECORD_VERSION,
      description: "Read-only access to a Parley store.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
