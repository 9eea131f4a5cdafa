import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { businessContexts, workspaces } from "@/db/schema";
import type { PlanId } from "@/server/domain/quota/plans";
import { createLead } from "@/server/domain/leads/create-lead";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { testIcp } from "@/tests/support/test-user";
import { estimateJob } from "./estimate-job";

const { db } = openTestDb();

async function workspaceOn(plan: PlanId, opts: { icp?: boolean } = {}) {
  const created = await createTestMember(db);
  await db.update(workspaces).set({ plan }).where(eq(workspaces.id, created.scope.workspaceId));
  if (opts.icp !== false) await db.insert(businessContexts).values({ workspaceId: created.scope.workspaceId, ...testIcp });
  return created;
}

const paste = (...lines: string[]) => ({ kind: "paste" as const, text: lines.join("\n") });

describe("estimating a run", () => {
  it("counts new domains as leads and credits, and known, repeated and invalid rows as free", async () => {
    const { scope, member } = await workspaceOn("free");
    const known = uniqueDomain("known");
    await createLead(scope, { domain: known, createdBy: member.userId });
    const estimate = await estimateJob(scope, { source: paste("acme-corp.com", "beta-labs.io", "gamma-works.com", known, "not a domain", "www.acme-corp.com") });
    expect(estimate).toMatchObject({
      source: "domains",
      leads: 3,
      maxCredits: 3,
      known: 1,
      duplicates: 1,
      invalid: 1,
      leftOver: 0,
      quota: { planLabel: "Free", limit: 10, used: 0, reserved: 0, remaining: 10 },
      after: { used: 3, remaining: 7 },
      fits: true,
      shortBy: 0,
      maxCount: 3,
      businessContext: { ready: true, missing: [] },
      activeRun: null,
    });
    expect(estimate.import!.domains).toEqual(["acme-corp.com", "beta-labs.io", "gamma-works.com"]);
  });

  it("says by how much a run does not fit, and when the quota resets", async () => {
    const { scope } = await workspaceOn("free");
    const domains = Array.from({ length: 12 }, () => uniqueDomain("lead"));
    const estimate = await estimateJob(scope, { source: { kind: "domains", domains } });
    expect(estimate).toMatchObject({ leads: 12, maxCredits: 12, fits: false, shortBy: 2, maxCount: 10, after: { used: 12, remaining: 0 } });
    expect(estimate.quota.resetsAt.getTime()).toBeGreaterThan(Date.now());
    expect(await estimateJob(scope, { count: 10, source: { kind: "domains", domains } })).toMatchObject({ leads: 10, fits: true, leftOver: 2 });
  });

  it("caps a list at 100 leads a run, and a search at the count asked, whose duplicates it cannot know ahead", async () => {
    const { scope } = await workspaceOn("pro");
    const domains = Array.from({ length: 150 }, (_, i) => `company-${i}-${scope.workspaceId.slice(0, 8)}.com`);
    expect(await estimateJob(scope, { source: { kind: "domains", domains } })).toMatchObject({ leads: 100, leftOver: 50, fits: true, maxCount: 100 });
    const search = await estimateJob(scope, { count: 25, source: { kind: "search" } });
    expect(search).toMatchObject({ source: "search", leads: 25, maxCredits: 25, known: null, duplicates: 0, import: null, after: { used: 25, remaining: 475 }, fits: true });
    await expect(estimateJob(scope, { source: { kind: "search" } })).rejects.toThrow("Say how many leads to find.");
  });

  it("never lets one workspace's leads count as known in another's estimate", async () => {
    const a = await workspaceOn("pro");
    const b = await workspaceOn("pro");
    const shared = uniqueDomain("shared");
    await createLead(a.scope, { domain: shared, createdBy: a.member.userId });
    expect(await estimateJob(a.scope, { source: paste(shared) })).toMatchObject({ leads: 0, known: 1 });
    const other = await estimateJob(b.scope, { source: paste(shared) });
    expect(other).toMatchObject({ leads: 1, known: 0 });
    expect(other.import!.domains).toEqual([shared]);
  });

  it("says what the business context is missing", async () => {
    const { scope } = await workspaceOn("pro", { icp: false });
    const estimate = await estimateJob(scope, { count: 5, source: { kind: "search" } });
    expect(estimate.businessContext).toEqual({ ready: false, missing: ["business description", "product or service", "ideal customer", "industry focus"] });
  });
});
