import http from "node:http";
import type { AddressInfo } from "node:net";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
};

export type FakeOpenAiMode =
  /** Every call answers a valid object for the request's schema. */
  | "ok"
  /** The first call of each prompt gets 429 with `retry-after`, the next succeeds. */
  | "rate-limit-once"
  /** Every call gets 500. */
  | "storm";

export type RecordedRequest = { path: string; authorization: string | undefined; body: Record<string, unknown>; at: number };

/**
 * A local OpenAI-compatible chat-completions server for tests: it answers with an object that
 * fits the JSON schema in `response_format`, citing the first evidence id in the prompt, and
 * reports token usage like the real API. Only loopback.
 */
export async function startFakeOpenAiServer(opts: { retryAfterSeconds?: number; answerAfterMs?: number } = {}) {
  let mode: FakeOpenAiMode = "ok";
  const requests: RecordedRequest[] = [];
  const limited = new Set<string>();
  // Calls being answered right now, and the most there ever were at once.
  let inFlight = 0;
  let maxInFlight = 0;

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const body = JSON.parse(raw || "{}") as Record<string, unknown>;
      requests.push({ path: req.url ?? "", authorization: req.headers.authorization, body, at: Date.now() });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        // A real model takes its time: `answerAfterMs` holds every answer that long.
        setTimeout(() => {
          inFlight--;
          res.writeHead(status, { "content-type": "application/json", ...headers });
          res.end(JSON.stringify(payload));
        }, opts.answerAfterMs ?? 0);
      };
      if (req.url !== "/v1/chat/completions") return send(404, { error: { message: `no route ${req.url}` } });
      if (req.headers.authorization === "Bearer sk-wrong") return send(401, { error: { message: "Incorrect API key provided", type: "invalid_request_error" } });
      if (mode === "storm") return send(500, { error: { message: "The server had an error while processing your request.", type: "server_error" } });
      const messages = (body.messages ?? []) as { role: string; content: string }[];
      const prompt = messages.map((m) => m.content).join("\n");
      if (mode === "rate-limit-once" && !limited.has(prompt)) {
        limited.add(prompt);
        return send(429, { error: { message: "Rate limit reached for requests", type: "requests" } }, { "retry-after": String(opts.retryAfterSeconds ?? 0.2) });
      }
      const format = body.response_format as { json_schema?: { schema?: JsonSchema } } | undefined;
      const evidenceId = /\bF\d+\b/.exec(messages.find((m) => m.role === "user")?.content ?? "")?.[0] ?? "F1";
      const content = format?.json_schema?.schema ? JSON.stringify(instanceOf(format.json_schema.schema, "answer", evidenceId)) : "plain text";
      const promptTokens = Math.ceil(prompt.length / 4);
      const completionTokens = Math.ceil(content.length / 4);
      send(200, {
        id: `chatcmpl-${requests.length}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    maxInFlight: () => maxInFlight,
    setMode: (next: FakeOpenAiMode) => {
      mode = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A minimal value matching `schema`; id arrays cite `evidenceId`, text says it came from the model. */
function instanceOf(schema: JsonSchema, name: string, evidenceId: string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return instanceOf(schema.anyOf.find((s) => s.type !== "null") ?? schema.anyOf[0]!, name, evidenceId);
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== "null") ?? "null") : schema.type;
  switch (type) {
    case "object":
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, sub]) => [key, instanceOf(sub, key, evidenceId)]));
    case "array": {
      if (/ids?$/i.test(name)) return [evidenceId];
      const n = Math.max(schema.minItems ?? 0, Math.min(2, schema.maxItems ?? 2));
      return Array.from({ length: n }, (_, i) => instanceOf(schema.items ?? { type: "string" }, `${name} ${i + 1}`, evidenceId));
    }
    case "string":
      return `Model ${name} (from ${evidenceId})`.slice(0, schema.maxLength ?? 200);
    case "integer":
    case "number":
      return Math.min(schema.maximum ?? 7, Math.max(schema.minimum ?? 0, 7));
    case "boolean":
      return true;
    default:
      return null;
  }
}
