import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookDeliveries } from "@/db/schema";
import { publishEvent } from "@/server/domain/events/publish-event";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { attemptWebhookDelivery } from "./attempt-webhook-delivery";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { replayWebhookDelivery } from "./replay-webhook-delivery";
import { sendTestWebhook } from "./send-test-webhook";

const { db } = openTestDb();
const loopback = { allowPrivateNetworks: true };
type Received = { headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let answers: number[] = [];
let server: http.Server;
let hookUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answers.shift() ?? 204).end(res.statusCode === 500 ? "receiver broke" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function pendingDelivery() {
  const { scope } = await createTestMember(db);
  const endpoint = await createWebhookEndpoint(scope, { url: hookUrl, events: ["job.completed"] }, loopback);
  await publishEvent({ db }, { workspaceId: scope.workspaceId, type: "pipeline_end", payload: { summary: { enriched: 2 } } });
  const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
  return { scope, endpoint, delivery: delivery! };
}

describe("webhook delivery", () => {
  it("signs each attempt so the Standard Webhooks verifier accepts it, and retries after a 500 with the same webhook-id", async () => {
    const { scope, endpoint, delivery } = await pendingDelivery();
    received.length = 0;
    answers = [500];
    const first = await attemptWebhookDelivery(scope, { deliveryId: delivery.id, attempt: 0, maxAttempts: 6 }, { policy: loopback });
    expect(first).toEqual({ status: "pending", error: "HTTP 500: receiver broke" });
    const second = await attemptWebhookDelivery(scope, { deliveryId: delivery.id, attempt: 1, maxAttempts: 6 }, { policy: loopback });
    expect(second.status).toBe("succeeded");
    expect(received.map((r) => r.headers["webhook-id"])).toEqual([delivery.messageId, delivery.messageId]);
    for (const r of received) {
      expect(new Webhook(endpoint.secret).verify(r.body, r.headers as Record<string, string>)).toMatchObject({ type: "job.completed", data: { summary: { enriched: 2 } } });
      expect(() => new Webhook(`whsec_${Buffer.alloc(24, 1).toString("base64")}`).verify(r.body, r.headers as Record<string, string>)).toThrow();
    }
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
    expect(row).toMatchObject({ status: "succeeded", attempts: 2, lastStatusCode: 204, lastError: null });
    expect(row!.deliveredAt).toBeInstanceOf(Date);
    // Already delivered: another run for it posts nothing.
    expect(await attemptWebhookDelivery(scope, { deliveryId: delivery.id, attempt: 0, maxAttempts: 6 }, { policy: loopback })).toMatchObject({ status: "skipped" });
    expect(received).toHaveLength(2);
  });

  it("marks the delivery failed after the last attempt, and a replay sends it again with the same webhook-id", async () => {
    const { scope, delivery } = await pendingDelivery();
    received.length = 0;
    answers = [503];
    expect(await attemptWebhookDelivery(scope, { deliveryId: delivery.id, attempt: 5, maxAttempts: 6 }, { policy: loopback })).toMatchObject({ status: "failed" });
    const requests: string[] = [];
    const replayed = await replayWebhookDelivery(scope, delivery.id, { request: async (r) => void requests.push(r.requestId) });
    expect(replayed).toMatchObject({ status: "pending", attempts: 0, messageId: delivery.messageId });
    expect(requests).toEqual([expect.stringMatching(new RegExp(`^webhook-replay-${delivery.id}-`))]);
    await expect(replayWebhookDelivery(scope, delivery.id, { request: async () => {} })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await attemptWebhookDelivery(scope, { deliveryId: delivery.id, attempt: 0, maxAttempts: 6 }, { policy: loopback })).toMatchObject({ status: "succeeded" });
    expect(received.map((r) => r.headers["webhook-id"])).toEqual([delivery.messageId, delivery.messageId]);
  });

  it("refuses at delivery time a URL that is no longer allowed, without retrying", async () => {
    const { scope, delivery } = await pendingDelivery();
    received.length = 0;
    const result = await attemptWebhookDelivery(scope, { deliveryId: delivery.id, attempt: 0, maxAttempts: 6 }, { policy: { allowPrivateNetworks: false } });
    expect(result).toMatchObject({ status: "failed", error: expect.stringMatching(/must start with https/) });
    expect(received).toHaveLength(0);
  });

  it("skips a delivery another run has claimed", async () => {
    const { scope, delivery } = await pendingDelivery();
    received.length = 0;
    await db.transaction(async (tx) => {
      await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id)).for("update");
      expect(await attemptWebhookDelivery(scope, { deliveryId: delivery.id, attempt: 0, maxAttempts: 6 }, { policy: loopback })).toMatchObject({ status: "skipped" });
    });
    expect(received).toHaveLength(0);
  });

  it("queues a test event and lists deliveries newest first, a page at a time", async () => {
    const { scope, endpoint } = await pendingDelivery();
    const requested: string[] = [];
    for (let i = 0; i < 3; i++) await sendTestWebhook(scope, endpoint.id, { request: async (r) => void requested.push(r.deliveryId) });
    const page1 = await listWebhookDeliveries(scope, { endpointId: endpoint.id, limit: 2 });
    const page2 = await listWebhookDeliveries(scope, { endpointId: endpoint.id, limit: 2, cursor: page1.nextCursor });
    expect(page1.items.map((d) => d.id)).toEqual([requested[2], requested[1]]);
    expect(page2.items.map((d) => d.eventType)).toEqual(["webhook.test", "job.completed"]);
    expect(page2.nextCursor).toBeNull();
    const other = await createTestMember(db);
    await expect(listWebhookDeliveries(other.scope, { endpointId: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendTestWebhook(other.scope, endpoint.id, { request: async () => {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
