import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { painPointAnalyst } from "@/inngest/agents/pain-point-analyst";
import { fixtureLeadInput } from "@/inngest/agents/testing/fixture-lead-input";
import { startFakeOpenAiServer } from "@/tests/support/fake-openai-server";
import { classifyLlmError } from "./classify-llm-error";
import { createReasoningModel } from "./create-reasoning-model";
import { generateStructured } from "./generate-structured";

let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;
beforeAll(async () => {
  fake = await startFakeOpenAiServer({ retryAfterSeconds: 0.3 });
});
afterAll(() => fake.stop());

const model = (maxRetries = 2) =>
  createReasoningModel({ openaiApiKey: "sk-test-key", openaiBaseUrl: fake.baseUrl, model: "gpt-4o-mini", maxRetries, concurrencyPerWorkspace: 2 })!;

const schema = z.object({ items: z.array(z.object({ text: z.string(), factIds: z.array(z.string()) })) });
const request = { workspaceId: "w1", name: "pain_points", schema, system: "You are a researcher.", prompt: "Prospect: Acme\nF1 [signal.hiring] Hiring 3 drivers" };

describe("the OpenAI-compatible provider path, against a local fake server", () => {
  it("sends a chat completion with the key, both messages and a JSON schema, and reads the structured answer and its tokens", async () => {
    fake.setMode("ok");
    const before = fake.requests.length;
    const { value, usage } = await generateStructured(model(), request);
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.path).toBe("/v1/chat/completions");
    expect(sent[0]!.authorization).toBe("Bearer sk-test-key");
    expect(sent[0]!.body.model).toBe("gpt-4o-mini");
    expect(sent[0]!.body.messages).toEqual([
      { role: "system", content: "You are a researcher." },
      { role: "user", content: request.prompt },
    ]);
    const format = sent[0]!.body.response_format as { type: string; json_schema: { name: string; schema: { properties: object } } };
    expect(format.type).toBe("json_schema");
    expect(format.json_schema.name).toBe("pain_points");
    expect(Object.keys(format.json_schema.schema.properties)).toEqual(["items"]);

    expect(value.items[0]).toEqual({ text: "Model text (from F1)", factIds: ["F1"] });
    expect(usage.model).toBe("openai-compatible/gpt-4o-mini");
    expect(usage.inputTokens).toBeGreaterThan(5);
    expect(usage.outputTokens).toBeGreaterThan(5);
    // gpt-4o-mini's list price: $0.15 in, $0.60 out per million tokens.
    expect(usage.costUsd).toBeCloseTo((usage.inputTokens * 0.15 + usage.outputTokens * 0.6) / 1e6, 12);
  });

  it("waits for retry-after on a 429 and then succeeds", async () => {
    fake.setMode("rate-limit-once");
    const before = fake.requests.length;
    const { value } = await generateStructured(model(), { ...request, prompt: `${request.prompt}\n(429 case)` });
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThanOrEqual(280);
    expect(value.items.length).toBeGreaterThan(0);
  });

  it("gives up on a 500 storm after its retries with an error that says which model failed and how", async () => {
    fake.setMode("storm");
    const before = fake.requests.length;
    const error = await generateStructured(model(1), request).catch((e: unknown) => e);
    expect(fake.requests.length - before).toBe(2);
    const classified = classifyLlmError(error, "openai-compatible/gpt-4o-mini");
    expect(classified.kind).toBe("transient");
    expect(classified.message).toMatch(/^openai-compatible\/gpt-4o-mini failed with HTTP 500 after 2 attempts/);
  });

  it("runs a reasoning agent through the real provider: its lines come from the model, grounded, with tokens", async () => {
    fake.setMode("ok");
    const input = await fixtureLeadInput("verdantlogix.com");
    const output = await painPointAnalyst.run({ ...input, env: { ...input.env, llm: model() } });
    expect(output.facts[0]).toMatchObject({ key: "pain.points", method: "llm" });
    const lines = (output.facts[0]!.value as { items: { text: string; cites: { key: string }[] }[] }).items;
    expect(lines.map((l) => l.text)).toEqual(["Model text (from F1)", "Model text (from F1)"].slice(0, lines.length));
    expect(lines[0]!.cites[0]!.key).toBe(input.facts.filter((f) => !["site.pages", "site.robots"].includes(f.key))[0]!.key);
    expect(output.usage!.inputTokens + output.usage!.outputTokens).toBeGreaterThan(100);
  });

  it("a rejected key fails at once, without retries, and says so", async () => {
    const bad = createReasoningModel({ openaiApiKey: "sk-wrong", openaiBaseUrl: fake.baseUrl, model: "gpt-4o-mini", maxRetries: 2, concurrencyPerWorkspace: 1 })!;
    fake.setMode("ok");
    const before = fake.requests.length;
    const error = await generateStructured(bad, request).catch((e: unknown) => e);
    expect(fake.requests.length - before).toBe(1);
    const classified = classifyLlmError(error, bad.id);
    expect(classified.kind).toBe("rejected");
    expect(classified.message).toMatch(/^openai-compatible\/gpt-4o-mini rejected the API key \(HTTP 401\): Incorrect API key provided/);
  });
});
