import { randomBytes } from "node:crypto";
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "@/server/demo-web/seeded-random";
import { createDatabaseClient } from "@/db/client";
import { quotaLedger, workspaceQuotas } from "@/db/schema";
import type { AppRouter } from "@/server/api/root";
import { plans } from "@/server/domain/quota/plans";
import { apiClient } from "@/tests/support/http-session";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";
import { startFaultStack, type FaultStack } from "./support/fault-stack";
import { expectLedgerBalanced, waitForRunEnd } from "./support/run-checks";
import { presetQuotaUse, presetRunStarts } from "./support/workspace-presets";

const SEED = 0x5eed_0005;
const STARTS = 200;

/**
 * Five workspaces in different states, so every reason to refuse a start comes up: room for a
 * run (the first start wins, the rest find it running or ask for too much), asking for more than
 * is left, nothing left at all, and a workspace that already used this minute's starts.
 */
const workspaceSetups = [
  { name: "free, fresh", plan: "free", usedBefore: 0, counts: [1, 12] },
  { name: "free, 3 left, asking for more", plan: "free", usedBefore: 7, counts: [4, 8] },
  { name: "starter, used up", plan: "starter", usedBefore: 75, counts: [1, 5] },
  { name: "pro", plan: "pro", usedBefore: 0, counts: [1, 4] },
  { name: "pro, rate-limited", plan: "pro", usedBefore: 0, counts: [1, 4], startsThisMinute: 10 },
] as const;

// What each refusal must say, by its code: the reason, and what the user can do about it.
const refusalMessages: Record<string, RegExp> = {
  CONFLICT: /^A run is already going \(\d+ of \d+ leads done\)\. One run at a time per workspace: start the next when it finishes\.$/,
  PAYMENT_REQUIRED: /^(Only \d+ leads? left on your \w+ plan until .+: ask for \d+ or fewer\.|Your \w+ plan's quota is used up until .+\. Upgrade, or start again after the reset\.)$/,
  TOO_MANY_REQUESTS: /^You started \d+ runs in the last minute; wait \d+ s\.$/,
};

let database: TestDatabase;
let stack: FaultStack;
let client: ReturnType<typeof createDatabaseClient>;

beforeAll(async () => {
  database = await createTestDatabase("faults_starts");
  stack = await startFaultStack({ databaseUrl: database.url, authSecret: randomBytes(32).toString("base64url"), logFile: ".data/test/faults-starts-server.log" });
  client = createDatabaseClient(database.url, { max: 4 });
});
afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
});

type Outcome = { workspace: number; count: number } & ({ ok: true; jobId: string } | { ok: false; code?: string; status?: number; message: string });

describe(`${STARTS} concurrent starts across ${workspaceSetups.length} workspaces`, () => {
  it("never overspend a quota, start one run per workspace at most, and refuse the rest with a clear reason", async () => {
    const { db } = client;
    const random = seededRandom(SEED);
    const users: Awaited<ReturnType<typeof createSignedInUser>>[] = [];
    for (const setup of workspaceSetups) {
      const user = await createSignedInUser(db, stack.baseUrl, { plan: setup.plan });
      await presetQuotaUse(db, user.workspace.id, setup.plan, setup.usedBefore);
      if ("startsThisMinute" in setup) await presetRunStarts(db, user.workspace.id, setup.startsThisMinute);
      users.push(user);
    }
    // Interleaved across workspaces, each asking for a seeded number of leads.
    const requests = Array.from({ length: STARTS }, (_, i) => {
      const workspace = i % workspaceSetups.length;
      const [min, max] = workspaceSetups[workspace]!.counts;
      return { workspace, count: random.int(min, max) };
    });
    const outcomes: Outcome[] = await Promise.all(
      requests.map(({ workspace, count }) =>
        apiClient(stack.baseUrl, users[workspace]!.cookie)
          .jobs.start.mutate({ count })
          .then(
            (job): Outcome => ({ workspace, count, ok: true, jobId: job.id }),
            (error: unknown): Outcome => {
              if (!(error instanceof TRPCClientError)) throw error;
              const e = error as TRPCClientError<AppRouter>;
              return { workspace, count, ok: false, code: e.data?.code, status: e.data?.httpStatus, message: e.message };
            },
          ),
      ),
    );

    const refused = outcomes.filter((o) => !o.ok);
    for (const o of refused) {
      expect(o.status, `${o.code}: ${o.message}`).toBeLessThan(500);
      expect(Object.keys(refusalMessages)).toContain(o.code);
      expect(o.message).toMatch(refusalMessages[o.code!]!);
    }

    for (const [i, setup] of workspaceSetups.entries()) {
      const { workspace } = users[i]!;
      const mine = outcomes.filter((o) => o.workspace === i);
      const started = mine.filter((o) => o.ok);
      const limit = plans[setup.plan].limit!;
      const left = limit - setup.usedBefore;
      const [balance] = await db.select().from(workspaceQuotas).where(eq(workspaceQuotas.workspaceId, workspace.id));
      const reserves = await db.select().from(quotaLedger).where(eq(quotaLedger.workspaceId, workspace.id));
      // The balance and the ledger agree on what is held, and it fits what was left.
      expect(balance!.used + balance!.reserved, setup.name).toBeLessThanOrEqual(limit);
      expect(reserves.filter((r) => r.kind === "reserve").reduce((n, r) => n + r.amount, 0), setup.name).toBe(balance!.reserved);
      const couldStart = left > 0 && !("startsThisMinute" in setup) && mine.some((o) => o.count <= left);
      expect(started.length, setup.name).toBe(couldStart ? 1 : 0);
      expect(started.every((o) => o.count <= left), setup.name).toBe(true);
      // Why the others were refused: over the quota, a run already going, or the minute's starts used.
      const codes = new Set(mine.filter((o) => !o.ok).map((o) => (o.ok ? "" : o.code)));
      if ("startsThisMinute" in setup) expect([...codes], setup.name).toEqual(["TOO_MANY_REQUESTS"]);
      else if (!couldStart) expect([...codes], setup.name).toEqual(["PAYMENT_REQUIRED"]);
      else expect(codes.has("CONFLICT"), setup.name).toBe(true);
    }

    // The runs that did start finish, and each charges or refunds exactly what it held.
    for (const o of outcomes) {
      if (!o.ok) continue;
      const setup = workspaceSetups[o.workspace]!;
      const done = await waitForRunEnd(db, o.jobId, 180_000);
      expect(done.status).toBe("completed");
      const { charged, refunded } = await expectLedgerBalanced(db, { workspaceId: users[o.workspace]!.workspace.id, jobId: o.jobId, usedBefore: setup.usedBefore });
      expect(charged + refunded).toBe(o.count);
    }
  });
});
