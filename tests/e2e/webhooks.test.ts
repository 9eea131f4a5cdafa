import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { users, webhookDeliveries } from "@/db/schema";
import { apiClient } from "@/tests/support/http-session";
import { startPipelineStack, type PipelineStack } from "@/tests/support/pipeline-stack";
import { until } from "@/tests/support/spawn-process";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";
import { waitForJob } from "@/tests/support/wait-for-job";

type Delivery = { path: string; id: string; status: number; type: string; workspaceId: string; verifiedWith: string | null };
type Message = { type: string; data: { workspaceId: string } };

// Its own app and engine, so the receiver on loopback sees only this file's runs.
let database: TestDatabase;
let stack: PipelineStack;
let client: ReturnType<typeof createDatabaseClient>;
let receiver: http.Server;
let receiverUrl: string;
const secrets = new Map<string, string>();
const received: Delivery[] = [];
/** webhook-ids to answer 500 once. */
let failFirstOfType: string | null = null;
const failedOnce = new Set<string>();

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const headers = req.headers as Record<string, string>;
      const path = req.url ?? "";
      // Verified with the secret of the endpoint it arrived at: another endpoint's secret would not match.
      let message: Message | null = null;
      try {
        message = new Webhook(secrets.get(path) ?? "whsec_AAAA").verify(body, headers) as Message;
      } catch {
        message = null;
      }
      const parsed = JSON.parse(body) as Message;
      const id = headers["webhook-id"]!;
      const fail = failFirstOfType === parsed.type && !failedOnce.size;
      if (fail) failedOnce.add(id);
      const status = !message ? 401 : fail ? 500 : 200;
      received.push({ path, id, status, type: parsed.type, workspaceId: parsed.data.workspaceId, verifiedWith: message ? path : null });
      res.writeHead(status).end(status === 500 ? "try again" : "ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  database = await createTestDatabase("webhooks");
  stack = await startPipelineStack({ databaseUrl: database.url, authSecret: randomBytes(32).toString("base64url"), logFile: ".data/test/e2e-webhooks-server.log" });
  client = createDatabaseClient(database.url, { max: 4 });
}, 120_000);
afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

const ok = (path: string) => received.filter((r) => r.path === path && r.status === 200);

describe("signed webhooks from a real run", () => {
  it("delivers lead.enriched ×2, job.completed and quota updates, signed, with a retry after a 500, and nothing to another workspace", async () => {
    const { db } = client;
    const a = await createSignedInUser(db, stack.baseUrl);
    const b = await createSignedInUser(db, stack.baseUrl);
    const apiA = apiClient(stack.baseUrl, a.cookie);
    const apiB = apiClient(stack.baseUrl, b.cookie);
    const all = ["lead.enriched", "job.completed", "quota.updated"] as const;
    const hookA = await apiA.webhooks.create.mutate({ url: `${receiverUrl}/a`, events: [...all] });
    const hookB = await apiB.webhooks.create.mutate({ url: `${receiverUrl}/b`, events: [...all] });
    secrets.set("/a", hookA.secret).set("/b", hookB.secret);
    await expect(apiA.webhooks.create.mutate({ url: "ftp://example.com/", events: ["lead.enriched"] })).rejects.toThrow(/must start with https/);
    failFirstOfType = "lead.enriched";

    const job = await apiA.jobs.start.mutate({ count: 2, source: { kind: "domains", domains: ["verdantlogix.com", "rotaseriema-logistica.com.br"] } });
    expect(await waitForJob(db, job.id, 120_000)).toMatchObject({ status: "completed", enrichedCount: 2 });
    const distinct = (type: string) => new Set(ok("/a").filter((r) => r.type === type).map((r) => r.id)).size;
    // Reserve 2, then charge 1 per enriched lead: three quota changes.
    await until(() => distinct("lead.enriched") === 2 && distinct("job.completed") === 1 && distinct("quota.updated") === 3, "workspace A's deliveries", 60_000);

    expect(received.every((r) => r.verifiedWith === r.path)).toBe(true);
    expect(received.filter((r) => r.path === "/a").every((r) => r.workspaceId === a.workspace.id)).toBe(true);
    const [retried] = [...failedOnce];
    expect(received.filter((r) => r.id === retried).map((r) => r.status)).toEqual([500, 200]);
    // The receiver answers before the delivery function records the answer: wait for the log to catch up.
    const logged = () => db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, hookA.id));
    await until(async () => (await logged()).filter((r) => r.status === "succeeded").length === 6, "every delivery to be recorded");
    const rows = await logged();
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.messageId === retried)).toMatchObject({ attempts: 2, lastStatusCode: 200 });
    // Every id arrived as often as it was attempted: no duplicate deliveries.
    expect(received.filter((r) => r.path === "/a")).toHaveLength(rows.reduce((n, r) => n + r.attempts, 0));
    expect(received.filter((r) => r.path === "/b")).toEqual([]);
    expect((await apiB.webhooks.deliveries.query({ endpointId: hookB.id })).items).toEqual([]);
    await expect(apiB.webhooks.deliveries.query({ endpointId: hookA.id })).rejects.toThrow(/does not exist/);
  });

  it("replays a delivery with the same webhook-id, and sends a test event", async () => {
    const { db } = client;
    const a = await createSignedInUser(db, stack.baseUrl);
    const api = apiClient(stack.baseUrl, a.cookie);
    const hook = await api.webhooks.create.mutate({ url: `${receiverUrl}/replay`, events: ["job.completed"] });
    secrets.set("/replay", hook.secret);
    const test = await api.webhooks.test.mutate({ id: hook.id });
    await until(() => ok("/replay").some((r) => r.id === test.messageId && r.type === "webhook.test"), "the test event");
    await until(async () => (await api.webhooks.deliveries.query({ endpointId: hook.id })).items[0]?.status === "succeeded", "the test delivery to be recorded");

    await api.webhooks.replay.mutate({ deliveryId: test.id });
    await until(() => ok("/replay").filter((r) => r.id === test.messageId).length === 2, "the replayed delivery");
    const [log] = (await api.webhooks.deliveries.query({ endpointId: hook.id })).items;
    expect(log).toMatchObject({ id: test.id, messageId: test.messageId });
    await until(async () => (await api.webhooks.deliveries.query({ endpointId: hook.id })).items[0]?.status === "succeeded", "the replay to be recorded");
  });

  it("tells subscribers of a staff grant and a plan change at once, with no run going", async () => {
    const { db } = client;
    const customer = await createSignedInUser(db, stack.baseUrl);
    const staff = await createSignedInUser(db, stack.baseUrl);
    await db.update(users).set({ isStaff: true }).where(eq(users.id, staff.user.id));
    const hook = await apiClient(stack.baseUrl, customer.cookie).webhooks.create.mutate({ url: `${receiverUrl}/grant`, events: ["quota.updated"] });
    secrets.set("/grant", hook.secret);
    const admin = apiClient(stack.baseUrl, staff.cookie);
    await admin.admin.grantQuota.mutate({ workspaceId: customer.workspace.id, amount: 7 });
    await admin.admin.changePlan.mutate({ workspaceId: customer.workspace.id, plan: "starter" });
    // Nothing of this workspace is running: only the actions themselves can have sent these.
    await until(() => ok("/grant").length === 2, "the grant and plan deliveries", 20_000);
    const bodies = await db.select({ payload: webhookDeliveries.payload }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, hook.id));
    const quotas = bodies.map((b) => (JSON.parse(b.payload) as { data: { quota: { plan: string; limit: number; bonus: number } } }).data.quota);
    expect(quotas).toEqual(expect.arrayContaining([expect.objectContaining({ plan: "pro", limit: 507, bonus: 7 }), expect.objectContaining({ plan: "starter", limit: 82, bonus: 7 })]));
  });
});
