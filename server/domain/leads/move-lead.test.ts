import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { leads, pipelineEvents } from "@/db/schema";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { createLead } from "./create-lead";
import { listLeads } from "./list-leads";
import { moveLead } from "./move-lead";

const { db } = openTestDb();

async function threeLeads() {
  const { scope, member } = await createTestMember(db);
  const [a, b, c] = [await createLead(scope, { domain: uniqueDomain("a"), createdBy: member.userId }), await createLead(scope, { domain: uniqueDomain("b"), createdBy: member.userId }), await createLead(scope, { domain: uniqueDomain("c"), createdBy: member.userId })];
  return { scope, a: a!, b: b!, c: c! };
}
const order = async (scope: Parameters<typeof listLeads>[0], stage: string) =>
  (await listLeads(scope)).leads.filter((l) => l.stage === stage).map((l) => l.domain);

describe("moveLead", () => {
  it("moves a card between two others and keeps that order on reload", async () => {
    const { scope, a, b, c } = await threeLeads();
    expect(await order(scope, "prospecting")).toEqual([c.domain, b.domain, a.domain]);
    await moveLead(scope, { id: a.id, stage: "prospecting", afterId: c.id, beforeId: b.id });
    expect(await order(scope, "prospecting")).toEqual([c.domain, a.domain, b.domain]);
  });

  it("moves a card to another stage with its lead_updated event", async () => {
    const { scope, a, b } = await threeLeads();
    await moveLead(scope, { id: b.id, stage: "negotiation", afterId: null, beforeId: null });
    await moveLead(scope, { id: a.id, stage: "negotiation", afterId: b.id, beforeId: null });
    expect(await order(scope, "negotiation")).toEqual([b.domain, a.domain]);
    const events = await db.select().from(pipelineEvents).where(eq(pipelineEvents.leadId, a.id));
    expect(events.at(-1)).toMatchObject({ type: "lead_updated", payload: { change: { kind: "moved", from: "prospecting", to: "negotiation" } } });
  });

  it("refuses to move a lead of another workspace, or one still being enriched", async () => {
    const { a } = await threeLeads();
    const stranger = await createTestMember(db);
    await expect(moveLead(stranger.scope, { id: a.id, stage: "negotiation", afterId: null, beforeId: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { scope, b } = await threeLeads();
    await db.update(leads).set({ status: "processing" }).where(eq(leads.id, b.id));
    await expect(moveLead(scope, { id: b.id, stage: "negotiation", afterId: null, beforeId: null })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.query.leads.findFirst({ where: eq(leads.id, b.id) }))!.stage).toBe("prospecting");
  });
});
