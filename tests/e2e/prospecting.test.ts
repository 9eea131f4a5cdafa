import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { leadFacts, leads, pipelineEvents, quotaLedger } from "@/db/schema";
import { apiClient } from "@/tests/support/http-session";
import { closingAgents, deterministicAgents, reasoningAgents } from "@/inngest/agents/registry";
import { stageForTier } from "@/inngest/agents/stage-router";
import { createSignedInUser } from "@/tests/support/test-user";
import { waitForJob } from "@/tests/support/wait-for-job";

const baseUrl = inject("baseUrl");
const { db, sql } = createDatabaseClient(inject("databaseUrl"), { max: 5 });
afterAll(() => sql.end({ timeout: 1 }));

describe("Start Prospecting, end to end on the demo web", () => {
  it("finds and enriches 10 leads one by one, every event once and in order, and charges 10", async () => {
    const user = await createSignedInUser(db, baseUrl);
    const api = apiClient(baseUrl, user.cookie);
    const job = await api.jobs.start.mutate({ count: 10 });
    const done = await waitForJob(db, job.id);
    expect(done).toMatchObject({ status: "completed", foundCount: 10, enrichedCount: 10, failedCount: 0, charged: 10, refunded: 0 });

    const events = await db.select().from(pipelineEvents).where(eq(pipelineEvents.jobId, job.id)).orderBy(pipelineEvents.id);
    const types = events.map((e) => e.type).filter((t) => t !== "quota_update");
    expect(types[0]).toBe("pipeline_start");
    expect(types.at(-1)).toBe("pipeline_end");
    expect(events.at(-1)!.payload).toMatchObject({ summary: { found: 10, enriched: 10, failed: 0, charged: 10 } });
    const jobLeads = await db.select().from(leads).where(eq(leads.jobId, job.id));
    expect(jobLeads).toHaveLength(10);
    expect(new Set(jobLeads.map((l) => l.domain)).size).toBe(10);
    let fullPlans = 0;
    for (const lead of jobLeads) {
      const own = events.filter((e) => e.leadId === lead.id && e.type !== "quota_update");
      // A transient failure may add a "retrying" update; the outcome of each agent appears once, in order.
      const retries = own.filter((e) => e.type === "status_update" && !["succeeded", "planned"].includes((e.payload as { status: string }).status));
      for (const r of retries) console.info(`[retry] ${lead.domain}: ${JSON.stringify(r.payload)}`);
      expect(retries.every((r) => (r.payload as { status: string }).status === "retrying")).toBe(true);
      const outcomes = own.filter((e) => !retries.includes(e));
      const planned = lead.plan === "full" ? [...reasoningAgents, ...closingAgents] : closingAgents;
      expect(outcomes.map((e) => (e.type === "status_update" ? `status:${(e.payload as { agent: string }).agent}` : e.type))).toEqual([
        "lead_generated",
        "lead_enrichment_start",
        ...deterministicAgents.map((a) => `status:${a.name}`),
        "status:orchestrator",
        ...planned.map((a) => `status:${a.name}`),
        "lead_enrichment_end",
      ]);
      const plan = outcomes.find((e) => (e.payload as { agent?: string }).agent === "orchestrator")!.payload as { plan: { kind: string; reason: string } };
      expect(plan.plan).toEqual({ kind: lead.plan, reason: lead.planReason, agents: planned.map((a) => ({ name: a.name, label: a.label })) });
      expect(lead).toMatchObject({ status: "enriched", progressDone: deterministicAgents.length + planned.length, progressTotal: deterministicAgents.length + planned.length });
      expect(lead.score).toEqual(expect.any(Number));
      expect(lead.stage).toBe(stageForTier[lead.tier!]);
      const facts = await db.select().from(leadFacts).where(eq(leadFacts.leadId, lead.id));
      expect(facts.map((f) => f.key)).toEqual(expect.arrayContaining(["domain.normalized", "site.pages", "company.name", "email.mx", "email.disposable", "score.fit", "stage.route"]));
      // Demo companies have no DNS: the email agent says so as facts, it does not fail the lead.
      expect(facts.find((f) => f.key === "email.mx")).toMatchObject({ method: "dns", value: { hosts: [] } });
      // No model is configured: reasoning output is labelled as the fallback it is, with lower confidence.
      const reasoning = facts.filter((f) => reasoningAgents.some((a) => a.name === f.agent));
      expect(reasoning.every((f) => f.method === "fallback" && f.confidence < 0.5)).toBe(true);
      if (lead.plan === "full") {
        expect(facts.find((f) => f.key === "outreach.email")).toBeDefined();
        fullPlans += 1;
      } else {
        expect(reasoning).toEqual([]);
        expect(lead.planReason).toMatch(/reasoning agents skipped/);
      }
    }
    expect(fullPlans).toBeGreaterThan(0);
    // Leads appeared one at a time: each was created before the next one was discovered.
    const generated = events.filter((e) => e.type === "lead_generated").map((e) => e.createdAt.getTime());
    expect(generated).toEqual([...generated].sort((a, b) => a - b));
    const firstEnrichmentEnd = events.find((e) => e.type === "lead_enrichment_end")!.id;
    expect(events.filter((e) => e.type === "lead_generated").some((e) => e.id > firstEnrichmentEnd) || generated.length === 10).toBe(true);

    const quota = await api.quota.get.query();
    expect(quota).toMatchObject({ used: 10, reserved: 0, remaining: 490 });
    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.jobId, job.id)).orderBy(quotaLedger.id);
    expect(ledger.map((r) => `${r.kind}:${r.amount}`)).toEqual(["reserve:10", ...Array(10).fill("charge:1")]);
  });

  it("refuses a run without an ICP, beyond the quota, or while one is going, saying what is allowed", async () => {
    const noIcp = await createSignedInUser(db, baseUrl, { icp: false });
    await expect(apiClient(baseUrl, noIcp.cookie).jobs.start.mutate({ count: 5 })).rejects.toThrow(
      "Complete your business context before prospecting: add your business description, product or service, ideal customer, industry focus.",
    );
    const free = await createSignedInUser(db, baseUrl, { plan: "free" });
    const api = apiClient(baseUrl, free.cookie);
    await expect(api.jobs.start.mutate({ count: 11 })).rejects.toThrow(/Only 10 leads left on your Free plan/);
    await expect(api.jobs.start.mutate({ count: 101 })).rejects.toThrow("count: A run finds at most 100 leads");

    // Fifty starts at once: one runs, the rest hear why; the reservation never exceeds the plan.
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => api.jobs.start.mutate({ count: 4 })));
    const started = results.filter((r) => r.status === "fulfilled");
    expect(started).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect(String((r as PromiseRejectedResult).reason)).toMatch(/A run is already going/);
    const reserves = await db.select().from(quotaLedger).where(and(eq(quotaLedger.workspaceId, free.workspace.id), eq(quotaLedger.kind, "reserve")));
    expect(reserves.map((r) => r.amount)).toEqual([4]);
    await waitForJob(db, (started[0] as PromiseFulfilledResult<{ id: string }>).value.id);
    expect(await api.quota.get.query()).toMatchObject({ used: 4, reserved: 0, remaining: 6 });
  });

  it("ends hostile sites as bounded, recorded failures and refunds them", async () => {
    const user = await createSignedInUser(db, baseUrl);
    const api = apiClient(baseUrl, user.cookie);
    const hostile = ["quarrelwick-systems.com", "slowdrip-tarnwell.io", "gigantomire-press.com", "noisequill-labs.co", "loopmere-travel.co.uk"];
    const job = await api.jobs.start.mutate({ count: 6, source: { kind: "domains", domains: [...hostile, "not a domain", "quarrelwick-systems.com"] } });
    const done = await waitForJob(db, job.id, 120_000);
    expect(done).toMatchObject({ status: "completed", foundCount: 5, enrichedCount: 0, failedCount: 5, charged: 0 });
    const failed = await db.select().from(leads).where(eq(leads.jobId, job.id));
    const errors = Object.fromEntries(failed.map((l) => [l.domain, l.error]));
    expect(errors["quarrelwick-systems.com"]).toMatch(/500/);
    expect(errors["slowdrip-tarnwell.io"]).toMatch(/longer than|timed out|10 s/i);
    expect(errors["gigantomire-press.com"]).toMatch(/2 MB/);
    expect(errors["noisequill-labs.co"]).toMatch(/binary/i);
    expect(errors["loopmere-travel.co.uk"]).toMatch(/redirect/i);
    expect(failed.every((l) => l.status === "failed")).toBe(true);
    const quota = await api.quota.get.query();
    expect(quota).toMatchObject({ used: 0, reserved: 0 });
    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.jobId, job.id));
    expect(ledger.filter((r) => r.kind === "refund").reduce((n, r) => n + r.amount, 0)).toBe(6);
  });
});
