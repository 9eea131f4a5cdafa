import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agentRuns, leads, prospectingJobs, quotaLedger } from "@/db/schema";
import { getQuota } from "@/server/domain/quota/get-quota";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { retryLead } from "./retry-lead";

const { db } = openTestDb();

async function failedLead() {
  const { scope } = await createTestMember(db);
  const [job] = await db
    .insert(prospectingJobs)
    .values({ workspaceId: scope.workspaceId, requestedCount: 1, source: { kind: "search" }, status: "completed", foundCount: 1, failedCount: 1, reserved: 1, refunded: 1 })
    .returning();
  const [lead] = await db
    .insert(leads)
    .values({ workspaceId: scope.workspaceId, jobId: job!.id, domain: uniqueDomain(), status: "failed", error: "site could not be read" })
    .returning();
  await db.insert(agentRuns).values({ workspaceId: scope.workspaceId, leadId: lead!.id, jobId: job!.id, agent: "site-crawler", status: "failed", startedAt: new Date(), error: "boom" });
  return { scope, job: job!, lead: lead! };
}

describe("retryLead", () => {
  it("queues a failed lead again with one credit reserved", async () => {
    const { scope, job, lead } = await failedLead();
    const sent: string[] = [];
    const view = await retryLead(scope, lead.id, { enqueue: async (l) => void sent.push(l.id) });
    expect(view).toMatchObject({ status: "queued", error: null });
    expect(sent).toEqual([lead.id]);
    expect(await getQuota(scope)).toMatchObject({ reserved: 1, used: 0 });
    expect(await db.select().from(agentRuns).where(eq(agentRuns.leadId, lead.id))).toHaveLength(0);
    expect((await db.query.prospectingJobs.findFirst({ where: eq(prospectingJobs.id, job.id) }))!).toMatchObject({ failedCount: 0, reserved: 2 });
  });

  it("refuses leads that have not failed, and gives the credit back when the engine is down", async () => {
    const { scope, lead } = await failedLead();
    await expect(
      retryLead(scope, lead.id, {
        enqueue: async () => {
          throw new Error("ECONNREFUSED");
        },
      }),
    ).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect((await db.query.leads.findFirst({ where: eq(leads.id, lead.id) }))!.status).toBe("failed");
    expect(await getQuota(scope)).toMatchObject({ reserved: 0, used: 0 });
    const kinds = (await db.select().from(quotaLedger).where(eq(quotaLedger.workspaceId, scope.workspaceId))).map((r) => r.kind);
    expect(kinds).toEqual(["reserve", "refund"]);

    await db.update(leads).set({ status: "enriched" }).where(eq(leads.id, lead.id));
    await expect(retryLead(scope, lead.id, { enqueue: async () => {} })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
