import { MAX_IMPORT_ROWS } from "@/server/domain/imports/import-limits";
import { MAX_LEADS_PER_RUN } from "@/server/domain/quota/plans";
import { frontendEventNames } from "@/server/domain/events/workspace-event";
import { leadStages, leadStatuses, leadTiers } from "@/db/schema/lead-values";
import { factMethods } from "@/inngest/agents/agent";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const nullable = (type: string, extra: object = {}) => ({ type: [type, "null"], ...extra });
const dateTime = { type: "string", format: "date-time" };
const uuid = { type: "string", format: "uuid" };
const idParam = (what: string) => ({ name: "id", in: "path", required: true, description: `The ${what}'s id.`, schema: uuid });
const authErrors = {
  "401": error("Missing, unknown or revoked API key."),
  "429": { ...error("Rate limit reached for this key."), headers: { "Retry-After": { description: "Seconds until the window resets.", schema: { type: "integer" } } } },
};

/** The public API's contract, served at /api/v1/openapi.json. Hand-written: keep it beside the routes it describes. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Nellia Prospector API",
    version: "1.0.0",
    description:
      "Start prospecting runs, follow them live and read enriched leads with every fact's provenance. Create a key in Settings → API keys and send it as `Authorization: Bearer <key>`. Each key may make a limited number of requests per minute (`X-RateLimit-Limit`).",
  },
  servers: [{ url: "/" }],
  security: [{ apiKey: [] }],
  paths: {
    "/api/v1/jobs": {
      post: {
        operationId: "startJob",
        summary: "Start a prospecting run",
        description: "Reserves credits for `count` leads and starts finding and enriching them. Without `source` the run searches from the workspace's ideal customer profile.",
        requestBody: { required: true, content: json(ref("StartJobRequest")) },
        responses: { "201": { description: "The run was started.", content: json(ref("Job")) }, "400": error("Bad input: `field` says where."), "402": error("Not enough credits left."), ...authErrors },
      },
    },
    "/api/v1/jobs/{id}": {
      get: {
        operationId: "getJob",
        summary: "Get a run with its counts (and receipt once finished)",
        parameters: [idParam("job")],
        responses: { "200": { description: "The run.", content: json(ref("Job")) }, "400": error("Not a job id."), "404": error("No such job in this workspace."), ...authErrors },
      },
    },
    "/api/v1/leads": {
      get: {
        operationId: "listLeads",
        summary: "List leads, oldest first, with cursor pagination",
        parameters: [
          { name: "cursor", in: "query", required: false, description: "`next_cursor` from the previous page.", schema: { type: "string" } },
          { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
        ],
        responses: { "200": { description: "One page of leads.", content: json(ref("LeadList")) }, "400": error("Bad cursor or limit."), ...authErrors },
      },
    },
    "/api/v1/leads/{id}": {
      get: {
        operationId: "getLead",
        summary: "Get a lead with its facts and sources",
        parameters: [idParam("lead")],
        responses: { "200": { description: "The lead.", content: json(ref("LeadDetail")) }, "400": error("Not a lead id."), "404": error("No such lead in this workspace."), ...authErrors },
      },
    },
    "/api/v1/events": {
      get: {
        operationId: "streamEvents",
        summary: "Stream the workspace's events (server-sent events)",
        description:
          "Each event has `id:` (resume from it), `event:` (one of the names below) and `data:` (an Event as JSON). A comment line is sent every 15 s as a heartbeat. Reconnect with the `Last-Event-ID` header (EventSource does this itself) or `?after=` to receive every later event exactly once; with neither, the stream starts from now. `?after=0` replays the workspace's history.",
        parameters: [
          { name: "Last-Event-ID", in: "header", required: false, schema: { type: "string", pattern: "^\\d+$" } },
          { name: "after", in: "query", required: false, schema: { type: "string", pattern: "^\\d+$" } },
        ],
        responses: {
          "200": { description: "An endless event stream.", content: { "text/event-stream": { schema: { type: "string" }, itemSchema: ref("Event") } } },
          "400": error("Not an event id."),
          ...authErrors,
        },
      },
    },
    "/api/v1/openapi.json": { get: { operationId: "getOpenApi", summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1 document.", content: json({ type: "object" }) } } } },
  },
  components: {
    securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A workspace API key (`npk_…`), shown once when created in Settings → API keys." } },
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: { type: "string", enum: ["invalid_request", "unauthorized", "not_found", "conflict", "quota_exceeded", "precondition_failed", "rate_limited", "unavailable", "internal_error"] },
              message: { type: "string", description: "What was wrong, in one sentence a person can act on." },
              field: { type: "string", description: "Where: the input field (dotted path) the message is about." },
            },
          },
        },
      },
      StartJobRequest: {
        type: "object",
        required: ["count"],
        properties: {
          count: { type: "integer", minimum: 1, maximum: MAX_LEADS_PER_RUN, description: "How many new leads to find." },
          source: {
            oneOf: [
              { type: "object", required: ["kind"], properties: { kind: { const: "search" }, query: { type: "string", maxLength: 300 } } },
              { type: "object", required: ["kind", "domains"], properties: { kind: { const: "domains" }, domains: { type: "array", items: { type: "string" }, minItems: 1, maxItems: MAX_IMPORT_ROWS } } },
              { type: "object", required: ["kind", "text"], properties: { kind: { const: "paste" }, text: { type: "string", description: "Domains, one a line." } } },
              { type: "object", required: ["kind", "contentBase64"], properties: { kind: { const: "csv" }, fileName: { type: "string" }, contentBase64: { type: "string", contentEncoding: "base64" } } },
            ],
            default: { kind: "search" },
          },
        },
      },
      Job: {
        type: "object",
        properties: {
          id: uuid,
          object: { const: "job" },
          status: { type: "string", enum: ["queued", "running", "completed", "failed"] },
          source: { type: "object", properties: { kind: { type: "string", enum: ["search", "domains"] }, query: nullable("string"), domain_count: { type: "integer" } } },
          requested_count: { type: "integer" },
          counts: { type: "object", properties: { found: { type: "integer" }, enriched: { type: "integer" }, failed: { type: "integer" }, skipped_free: { type: "integer" } } },
          credits: { type: "object", properties: { reserved: { type: "integer" }, charged: { type: "integer" }, refunded: { type: "integer" } } },
          error: nullable("string"),
          created_at: dateTime,
          started_at: nullable("string", { format: "date-time" }),
          finished_at: nullable("string", { format: "date-time" }),
          receipt: { oneOf: [{ type: "null" }, ref("Receipt")] },
        },
      },
      Receipt: {
        type: "object",
        properties: {
          requested: { type: "integer" },
          found: { type: "integer" },
          enriched: { type: "integer" },
          failed: { type: "integer" },
          skipped_free: { type: "integer" },
          reserved: { type: "integer" },
          charged: { type: "integer" },
          refunded: { type: "integer" },
          refunds: { type: "array", items: { type: "object", properties: { amount: { type: "integer" }, reason: { type: "string" }, lead_id: nullable("string", { format: "uuid" }) } } },
          duration_ms: nullable("integer"),
        },
      },
      Lead: {
        type: "object",
        properties: {
          id: uuid,
          object: { const: "lead" },
          job_id: nullable("string", { format: "uuid" }),
          domain: { type: "string" },
          company_name: nullable("string"),
          stage: { type: "string", enum: [...leadStages] },
          status: { type: "string", enum: [...leadStatuses] },
          score: nullable("number"),
          tier: { oneOf: [{ type: "null" }, { type: "string", enum: [...leadTiers] }] },
          industry: nullable("string"),
          source: { type: "string" },
          progress: { type: "object", properties: { done: { type: "integer" }, total: { type: "integer" } } },
          plan: nullable("string"),
          plan_reason: nullable("string"),
          error: nullable("string"),
          created_at: dateTime,
          updated_at: dateTime,
        },
      },
      LeadList: { type: "object", properties: { object: { const: "list" }, data: { type: "array", items: ref("Lead") }, next_cursor: nullable("string", { description: "Pass as `cursor` for the next page; null on the last page." }) } },
      Fact: {
        type: "object",
        properties: {
          key: { type: "string", examples: ["company.name"] },
          value: { description: "Any JSON value." },
          agent: { type: "string" },
          method: { type: "string", enum: [...factMethods] },
          source_url: nullable("string", { format: "uri" }),
          retrieved_at: dateTime,
          confidence: { type: "number", minimum: 0, maximum: 1 },
        },
      },
      LeadDetail: {
        allOf: [
          ref("Lead"),
          {
            type: "object",
            properties: {
              facts: { type: "array", items: ref("Fact") },
              sources: { type: "array", items: { type: "object", properties: { url: { type: "string" }, title: nullable("string"), kind: nullable("string"), status: nullable("integer") } } },
            },
          },
        ],
      },
      Event: {
        type: "object",
        properties: {
          id: { type: "integer" },
          name: { type: "string", enum: [...frontendEventNames] },
          type: { type: "string" },
          job_id: nullable("string", { format: "uuid" }),
          lead_id: nullable("string", { format: "uuid" }),
          payload: { type: "object" },
          created_at: dateTime,
        },
      },
    },
  },
} as const;
