import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webhookDeliveries } from "@/db/schema";
import { publishEvent } from "@/server/domain/events/publish-event";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { listUnsentWebhookDeliveries } from "./list-unsent-webhook-deliveries";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";

const { db } = openTestDb();
const policy = { allowPrivateNetworks: false };
const jobId = "00000000-0000-4000-8000-000000000007";

async function setUp() {
  const a = await createTestMember(db);
  const b = await createTestMember(db);
  const create = (scope: typeof a.scope, events: ("lead.enriched" | "job.completed" | "quota.updated")[]) =>
    createWebhookEndpoint(scope, { url: "https://93.184.216.34/hook", events }, policy);
  const leadsHook = await create(a.scope, ["lead.enriched"]);
  const allHook = await create(a.scope, ["lead.enriched", "job.completed", "quota.updated"]);
  const disabled = await create(a.scope, ["lead.enriched", "job.completed"]);
  await updateWebhookEndpoint(a.scope, { id: disabled.id, enabled: false });
  const otherWorkspace = await create(b.scope, ["lead.enriched", "job.completed", "quota.updated"]);
  return { a, b, leadsHook, allHook, otherWorkspace };
}

const deliveriesOf = (workspaceId: string) => db.select().from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, workspaceId));

describe("webhook outbox", () => {
  it("queues one delivery per subscribed, enabled endpoint of the event's workspace only", async () => {
    const { a, b, leadsHook, allHook } = await setUp();
    const lead = { id: "l1", domain: "verdantlogix.com" };
    const enriched = await publishEvent({ db }, { workspaceId: a.scope.workspaceId, jobId, type: "lead_enrichment_end", payload: { success: true, lead, facts: 12 } });
    await publishEvent({ db }, { workspaceId: a.scope.workspaceId, jobId, type: "lead_enrichment_end", payload: { success: false, lead, reason: "x", error: "y" } });
    await publishEvent({ db }, { workspaceId: a.scope.workspaceId, jobId, type: "status_update", payload: {} });
    const completed = await publishEvent({ db }, { workspaceId: a.scope.workspaceId, jobId, type: "pipeline_end", payload: { job: { id: jobId }, summary: { enriched: 1 } } });

    const rows = await deliveriesOf(a.scope.workspaceId);
    expect(rows.map((r) => [r.endpointId, r.eventType, r.eventId]).sort()).toEqual(
      [
        [leadsHook.id, "lead.enriched", enriched.id],
        [allHook.id, "lead.enriched", enriched.id],
        [allHook.id, "job.completed", completed.id],
      ].sort(),
    );
    expect(rows.every((r) => r.status === "pending" && r.attempts === 0 && r.messageId === `msg_${r.eventId}_${r.endpointId}`)).toBe(true);
    const body = JSON.parse(rows.find((r) => r.eventType === "lead.enriched")!.payload);
    expect(body).toEqual({
      type: "lead.enriched",
      timestamp: enriched.createdAt.toISOString(),
      data: { workspaceId: a.scope.workspaceId, jobId, leadId: null, eventId: enriched.id, lead, facts: 12 },
    });
    expect(await deliveriesOf(b.scope.workspaceId)).toEqual([]);
    expect((await listUnsentWebhookDeliveries(a.scope)).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(await listUnsentWebhookDeliveries(b.scope)).toEqual([]);
  });

  it("writes deliveries in the event's transaction: rolled back together", async () => {
    const { a } = await setUp();
    await expect(
      db.transaction(async (tx) => {
        await publishEvent({ db: tx }, { workspaceId: a.scope.workspaceId, jobId, type: "quota_update", payload: { quota: { used: 1 } } });
        expect(await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, a.scope.workspaceId))).toHaveLength(1);
        throw new Error("the step failed after publishing");
      }),
    ).rejects.toThrow(/the step failed/);
    expect(await deliveriesOf(a.scope.workspaceId)).toEqual([]);
  });
});
