import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { quotaLedger, workspaceQuotas, workspaces } from "@/db/schema";
import { withScope } from "@/server/domain/workspaces/workspace-scope";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { getQuota } from "./get-quota";
import { reserveQuota } from "./reserve-quota";
import { settleQuota } from "./settle-quota";

const { db } = openTestDb();
const jobId = "00000000-0000-4000-8000-000000000001";

describe("quota", () => {
  it("never lets concurrent reservations exceed the plan", async () => {
    const { scope } = await createTestMember(db); // Free: 10 a week
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () => db.transaction((tx) => reserveQuota(withScope(scope, tx), { jobId, amount: 3 }))),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(3);
    const refused = attempts.filter((a) => a.status === "rejected") as PromiseRejectedResult[];
    expect(refused.every((r) => r.reason.code === "QUOTA_EXCEEDED" && /Only 1 lead left on your Free plan/.test(r.reason.message))).toBe(true);
    expect(await getQuota(scope)).toMatchObject({ limit: 10, used: 0, reserved: 9, remaining: 1 });
    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.workspaceId, scope.workspaceId));
    expect(ledger.map((r) => r.kind)).toEqual(["reserve", "reserve", "reserve"]);
  });

  it("charges and refunds out of the reservation, one ledger row each", async () => {
    const { scope } = await createTestMember(db);
    await db.transaction((tx) => reserveQuota(withScope(scope, tx), { jobId, amount: 5 }));
    await db.transaction((tx) => settleQuota(withScope(scope, tx), { jobId, kind: "charge", amount: 3, reason: "3 enriched" }));
    await db.transaction((tx) => settleQuota(withScope(scope, tx), { jobId, kind: "refund", amount: 2, reason: "2 failed" }));
    expect(await getQuota(scope)).toMatchObject({ used: 3, reserved: 0, remaining: 7 });
    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.workspaceId, scope.workspaceId)).orderBy(quotaLedger.id);
    expect(ledger.map((r) => [r.kind, r.amount, r.usedAfter, r.reservedAfter])).toEqual([
      ["reserve", 5, 0, 5],
      ["charge", 3, 3, 2],
      ["refund", 2, 3, 0],
    ]);
  });

  it("starts a new period lazily: used goes back to zero, running reservations stay", async () => {
    const { scope } = await createTestMember(db);
    await db.transaction((tx) => reserveQuota(withScope(scope, tx), { jobId, amount: 4 }));
    await db.transaction((tx) => settleQuota(withScope(scope, tx), { jobId, kind: "charge", amount: 2, reason: "2 enriched" }));
    const past = new Date(Date.now() - 8 * 86_400_000);
    await db.update(workspaceQuotas).set({ periodStart: past, periodEnd: new Date(past.getTime() + 7 * 86_400_000) }).where(eq(workspaceQuotas.workspaceId, scope.workspaceId));
    const quota = await getQuota(scope);
    expect(quota).toMatchObject({ used: 0, reserved: 2, remaining: 8 });
    expect(quota.resetsAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("follows a plan change, and treats Enterprise as unlimited", async () => {
    const { scope } = await createTestMember(db);
    await db.update(workspaces).set({ plan: "enterprise" }).where(eq(workspaces.id, scope.workspaceId));
    await db.transaction((tx) => reserveQuota(withScope(scope, tx), { jobId, amount: 100 }));
    expect(await getQuota(scope)).toMatchObject({ plan: "enterprise", limit: null, remaining: null, reserved: 100 });
  });
});
