import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { leads, pipelineEvents } from "@/db/schema";
import { AppError } from "@/server/errors";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { createLead } from "./create-lead";
import { listLeads } from "./list-leads";

const { db } = openTestDb();

async function countsFor(workspaceId: string) {
  const [leadCount] = await db.select({ n: count() }).from(leads).where(eq(leads.workspaceId, workspaceId));
  const [eventCount] = await db.select({ n: count() }).from(pipelineEvents).where(eq(pipelineEvents.workspaceId, workspaceId));
  return { leads: leadCount!.n, events: eventCount!.n };
}

describe("createLead", () => {
  it("writes the lead and its lead_generated event together", async () => {
    const { scope, member } = await createTestMember(db);
    const domain = uniqueDomain();
    const lead = await createLead(scope, { domain: `https://www.${domain}/contact`, createdBy: member.userId });

    expect(lead).toMatchObject({ domain, stage: "prospecting", status: "new", source: "manual" });
    const events = await db.select().from(pipelineEvents).where(eq(pipelineEvents.leadId, lead.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "lead_generated", workspaceId: scope.workspaceId });
    expect((events[0]!.payload.lead as { domain: string }).domain).toBe(domain);
  });

  it("refuses a duplicate domain with a clear message and writes nothing", async () => {
    const { scope, member } = await createTestMember(db);
    const domain = uniqueDomain();
    await createLead(scope, { domain, createdBy: member.userId });
    const before = await countsFor(scope.workspaceId);

    await expect(createLead(scope, { domain: `WWW.${domain.toUpperCase()}`, createdBy: member.userId })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "domain",
      message: `${domain} is already on your board.`,
    });
    expect(await countsFor(scope.workspaceId)).toEqual(before);
  });

  it("keeps exactly one lead and one event when the same domain is added twice at once", async () => {
    const { scope, member } = await createTestMember(db);
    const domain = uniqueDomain();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => createLead(scope, { domain, createdBy: member.userId })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
      expect((r as PromiseRejectedResult).reason.code).toBe("CONFLICT");
    }
    expect(await countsFor(scope.workspaceId)).toEqual({ leads: 1, events: 1 });
  });

  it("writes nothing for an invalid domain", async () => {
    const { scope, member } = await createTestMember(db);
    await expect(createLead(scope, { domain: "not a domain", createdBy: member.userId })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await countsFor(scope.workspaceId)).toEqual({ leads: 0, events: 0 });
  });

  it("lets two workspaces hold the same company, each seeing only its own", async () => {
    const a = await createTestMember(db);
    const b = await createTestMember(db);
    const domain = uniqueDomain();
    const leadA = await createLead(a.scope, { domain, createdBy: a.member.userId });
    const leadB = await createLead(b.scope, { domain, createdBy: b.member.userId });

    const listA = await listLeads(a.scope);
    const listB = await listLeads(b.scope);
    expect(listA.leads.map((l) => l.id)).toEqual([leadA.id]);
    expect(listB.leads.map((l) => l.id)).toEqual([leadB.id]);
  });

  it("lists leads with the cursor of the last event they reflect", async () => {
    const { scope, member } = await createTestMember(db);
    const first = await createLead(scope, { domain: uniqueDomain(), createdBy: member.userId });
    const second = await createLead(scope, { domain: uniqueDomain(), createdBy: member.userId });
    const snapshot = await listLeads(scope);
    const [lastEvent] = await db.select().from(pipelineEvents).where(eq(pipelineEvents.leadId, second.id));

    expect(snapshot.leads.map((l) => l.id)).toEqual([second.id, first.id]);
    expect(snapshot.cursor).toBe(lastEvent!.id);
  });
});
