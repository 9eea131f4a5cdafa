import { randomBytes, randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { agentRuns, engineRuns, leads, pipelineEvents, prospectingJobs, quotaLedger, workspaceQuotas } from "@/db/schema";
import { inngest } from "@/inngest/client";
import { appRouter, createCaller } from "@/server/api/root";
import { getAdminHealth } from "@/server/domain/admin/get-admin-health";
import { reserveQuota } from "@/server/domain/quota/reserve-quota";
import type { Member } from "@/server/domain/workspaces/get-member";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";

const { db } = openTestDb();
const callerFor = (member: Member | null) => createCaller({ db, headers: new Headers(), member, sessionExpired: false });

const adminPaths = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("admin."));

/** Calls a procedure by its dotted path, as the HTTP handler would. */
function callPath(caller: ReturnType<typeof callerFor>, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => null, (e: unknown) => e);
  return error instanceof TRPCError ? error.code : "OK";
}

describe("admin router: who may call it", () => {
  it("has procedures to check", () => {
    expect(adminPaths.length).toBeGreaterThanOrEqual(10);
  });

  // Every admin procedure, read from the router itself, so a new one cannot be forgotten.
  it.each(adminPaths)("%s does not exist for a member or a visitor", async (path) => {
    const { member } = await createTestMember(db);
    const { scope: other } = await createTestMember(db);
    // A well-formed input naming another workspace: refused before the input is even looked at.
    const input = { workspaceId: other.workspaceId, id: crypto.randomUUID(), plan: "pro", amount: 1, window: "7d", search: "" };
    expect(await codeOf(callPath(callerFor(member), path, input))).toBe("NOT_FOUND");
    expect(await codeOf(callPath(callerFor(null), path, input))).toBe("UNAUTHORIZED");
  });
});


describe("admin figures are the recorded ones", () => {
  it("reports runs, success rate, p50/p95, tokens, cost and error reasons from agent_runs", async () => {
    const { member: staff } = await createTestMember(db, { isStaff: true });
    const { scope } = await createTestMember(db);
    const agent = `probe-${randomBytes(4).toString("hex")}`;
    const now = Date.now();
    for (let i = 1; i <= 11; i++) {
      const [lead] = await db.insert(leads).values({ workspaceId: scope.workspaceId, domain: uniqueDomain() }).returning();
      const status = i <= 8 ? "succeeded" : i <= 10 ? "failed" : "skipped";
      await db.insert(agentRuns).values({
        workspaceId: scope.workspaceId,
        leadId: lead!.id,
        agent,
        status,
        errorReason: status === "failed" ? "site_unreadable" : null,
        error: status === "failed" ? "The site could not be read" : null,
        durationMs: status === "skipped" ? null : i * 100,
        tokens: status === "skipped" ? 0 : i * 10,
        costUsd: status === "skipped" ? 0 : 0.25,
        startedAt: new Date(now - i * 60_000),
      });
    }
    // Outside every window: must not count.
    const [old] = await db.insert(leads).values({ workspaceId: scope.workspaceId, domain: uniqueDomain() }).returning();
    await db.insert(agentRuns).values({ workspaceId: scope.workspaceId, leadId: old!.id, agent, status: "failed", durationMs: 99_999, tokens: 1000, startedAt: new Date(now - 40 * 86_400_000) });

    const caller = callerFor(staff);
    const row = (await caller.admin.agentPerformance({ window: "24h" })).find((r) => r.agent === agent);
    expect(row).toEqual({ agent, runs: 11, succeeded: 8, failed: 2, skipped: 1, successRate: 0.8, p50Ms: 550, p95Ms: 955, tokens: 550, costUsd: 2.5 });
    expect((await caller.admin.agentPerformance({ window: "30d" })).find((r) => r.agent === agent)?.runs).toBe(11);

    const errors = (await caller.admin.agentErrors({ window: "7d" })).filter((e) => e.agent === agent);
    expect(errors).toEqual([expect.objectContaining({ reason: "site_unreadable", count: 2, example: "The site could not be read" })]);

    const trend = await caller.admin.agentTrend({ window: "24h" });
    expect(trend.length).toBeGreaterThanOrEqual(24);
    expect(trend.reduce((sum, point) => sum + point.runs, 0)).toBeGreaterThanOrEqual(11);
  });

  it("grants credits and resets usage with a ledger row naming the staff member, and the board hears of it", async () => {
    const { member: staff } = await createTestMember(db, { isStaff: true });
    const { member, scope } = await createTestMember(db);
    const caller = callerFor(staff);
    expect(await callerFor(member).quota.get()).toMatchObject({ limit: 10, used: 0, remaining: 10 });

    expect(await caller.admin.grantQuota({ workspaceId: scope.workspaceId, amount: 5 })).toMatchObject({ used: 0, limit: 15, bonus: 5, remaining: 15 });
    // The customer's meter shows the grant as more room, never as negative use.
    expect(await callerFor(member).quota.get()).toMatchObject({ used: 0, limit: 15, bonus: 5, remaining: 15 });

    await db.update(workspaceQuotas).set({ used: 7 }).where(eq(workspaceQuotas.workspaceId, scope.workspaceId));
    expect(await caller.admin.resetQuota({ workspaceId: scope.workspaceId })).toMatchObject({ used: 0, limit: 15, remaining: 15 });

    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.workspaceId, scope.workspaceId)).orderBy(quotaLedger.id);
    expect(ledger.map((r) => [r.kind, r.amount, r.usedAfter, r.reason])).toEqual([
      ["grant", 5, 0, `5 granted by ${staff.email}`],
      ["reset", 7, 0, `period usage of 7 reset by ${staff.email}`],
    ]);
    const events = await db.select().from(pipelineEvents).where(and(eq(pipelineEvents.workspaceId, scope.workspaceId), eq(pipelineEvents.type, "quota_update")));
    expect(events.map((e) => (e.payload.change as { kind: string }).kind)).toEqual(["grant", "reset"]);

    const listed = (await caller.admin.workspaces({ search: member.email })).map((w) => [w.id, w.quota?.used, w.quota?.limit, w.quota?.bonus]);
    expect(listed).toEqual([[scope.workspaceId, 0, 15, 5]]);

    // The grant is for this period only: once it ends, the plan's own limit comes back.
    await db.update(workspaceQuotas).set({ periodEnd: new Date(Date.now() - 1000) }).where(eq(workspaceQuotas.workspaceId, scope.workspaceId));
    expect(await callerFor(member).quota.get()).toMatchObject({ used: 0, limit: 10, bonus: 0, remaining: 10 });
  });

  it("lets a granted workspace start runs up to plan + grant and no further", async () => {
    const { member: staff } = await createTestMember(db, { isStaff: true });
    const { scope } = await createTestMember(db);
    await callerFor(staff).admin.grantQuota({ workspaceId: scope.workspaceId, amount: 3 });
    const reserve = (amount: number) => db.transaction((tx) => reserveQuota({ db: tx, workspaceId: scope.workspaceId }, { jobId: randomUUID(), amount }));
    await expect(reserve(14)).rejects.toThrow(/Only 13 leads left on your Free plan/);
    expect(await reserve(13)).toMatchObject({ limit: 13, reserved: 13, remaining: 0 });
  });

  it("changes a plan only to one that exists, and the limit follows", async () => {
    const { member: staff } = await createTestMember(db, { isStaff: true });
    const { scope } = await createTestMember(db);
    const caller = callerFor(staff);
    expect(await caller.admin.changePlan({ workspaceId: scope.workspaceId, plan: "pro" })).toMatchObject({ plan: "pro", limit: 500 });
    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.workspaceId, scope.workspaceId));
    expect(ledger.map((r) => [r.kind, r.amount, r.reason])).toEqual([["plan", 490, `plan changed from Free to Pro by ${staff.email}`]]);
    const refused = await caller.admin.changePlan({ workspaceId: scope.workspaceId, plan: "platinum" as "pro" }).catch((e: unknown) => e);
    expect((refused as TRPCError).code).toBe("BAD_REQUEST");
    expect((refused as TRPCError).message).toMatch(/Choose a plan: free, starter, pro, enterprise/);
  });

  it("lists another workspace's failed lead with its reason, and retries it in that workspace", async () => {
    const { member: staff } = await createTestMember(db, { isStaff: true });
    const { scope } = await createTestMember(db);
    const [job] = await db
      .insert(prospectingJobs)
      .values({ workspaceId: scope.workspaceId, requestedCount: 1, source: { kind: "search" }, status: "completed", foundCount: 1, failedCount: 1 })
      .returning();
    const [lead] = await db.insert(leads).values({ workspaceId: scope.workspaceId, jobId: job!.id, domain: uniqueDomain(), status: "failed", error: "site could not be read" }).returning();
    await db.insert(agentRuns).values({ workspaceId: scope.workspaceId, leadId: lead!.id, jobId: job!.id, agent: "site-crawler", status: "failed", errorReason: "site_unreadable", startedAt: new Date() });
    const caller = callerFor(staff);
    expect((await caller.admin.failedLeads()).find((l) => l.id === lead!.id)).toMatchObject({ agent: "site-crawler", reason: "site_unreadable", error: "site could not be read", retryable: true });
    expect((await caller.admin.jobs({ status: "completed", limit: 200 })).find((j) => j.id === job!.id)).toMatchObject({ workspaceId: scope.workspaceId, failed: 1 });

    const send = vi.spyOn(inngest, "send").mockResolvedValue({ ids: ["x"] });
    expect(await caller.admin.retryLead({ id: lead!.id })).toMatchObject({ status: "queued" });
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ data: { workspaceId: scope.workspaceId, jobId: job!.id, leadId: lead!.id } }));
    send.mockRestore();
    expect((await caller.admin.failedLeads()).some((l) => l.id === lead!.id)).toBe(false);
  });

  it("reports the event log's lag against the bus and the engine queue", async () => {
    const { scope } = await createTestMember(db);
    const [event] = await db.insert(pipelineEvents).values({ workspaceId: scope.workspaceId, type: "pipeline_start" }).returning();
    const [run] = await db
      .insert(engineRuns)
      .values({ appUrl: "http://test", functionId: "admin-health-probe", event: {}, maxAttempts: 1, runAfter: new Date(Date.now() - 3_600_000) })
      .returning();
    // Staff's health query reads the process's bus (here a stand-in, so the test starts no listener).
    const behind = await getAdminHealth({ db, bus: async () => ({ listening: true, lastEventAt: new Date(event!.createdAt.getTime() - 1_000) }) });
    expect(behind.database.ok).toBe(true);
    expect(behind.events).toMatchObject({ listening: true });
    expect(behind.events.newestId).toBeGreaterThanOrEqual(event!.id);
    expect(behind.events.lagMs).toBeGreaterThanOrEqual(0);
    expect(behind.engine!.ready).toBeGreaterThanOrEqual(1);
    expect(behind.engine!.oldestReady!.ageMs).toBeGreaterThanOrEqual(3_600_000 - 5_000);
    const caughtUp = await getAdminHealth({ db, bus: async () => ({ listening: true, lastEventAt: new Date(Date.now() + 60_000) }) });
    expect(caughtUp.events.lagMs).toBe(0);
    await db.delete(engineRuns).where(eq(engineRuns.id, run!.id));
  });
});
