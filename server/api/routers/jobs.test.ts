import { TRPCError } from "@trpc/server";
import { describe, expect, it, vi } from "vitest";
import { businessContexts } from "@/db/schema";
import { createCaller } from "@/server/api/root";
import { MAX_IMPORT_BASE64_CHARS } from "@/server/domain/imports/import-limits";
import { consumeRateLimit } from "@/server/domain/rate-limits/consume-rate-limit";
import { jobStartsKey } from "@/server/domain/rate-limits/limit-job-starts";
import type { Member } from "@/server/domain/workspaces/get-member";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { testIcp } from "@/tests/support/test-user";

const { db } = openTestDb();
const callerFor = (member: Member) => createCaller({ db, headers: new Headers(), member, sessionExpired: false });

describe("jobs router", () => {
  it("refuses an upload over 5 MB before reading it, naming the limit", async () => {
    const { member } = await createTestMember(db);
    const error = await callerFor(member)
      .jobs.estimate({ source: { kind: "csv", fileName: "big.csv", contentBase64: "A".repeat(MAX_IMPORT_BASE64_CHARS + 4) } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/larger than 5 MB, the limit per upload/);
  });

  it("estimates an uploaded CSV and reports the business context, then refuses a start that has nothing new", async () => {
    const { member, scope } = await createTestMember(db);
    await db.insert(businessContexts).values({ workspaceId: scope.workspaceId, ...testIcp });
    const caller = callerFor(member);
    const contentBase64 = Buffer.from("website\nacme-corp.com\nnope\nacme-corp.com\n").toString("base64");
    const estimate = await caller.jobs.estimate({ source: { kind: "csv", fileName: "leads.csv", contentBase64 } });
    expect(estimate).toMatchObject({ leads: 1, invalid: 1, duplicates: 1, known: 0, fits: true, businessContext: { ready: true } });
    expect(await caller.jobs.readiness()).toEqual({ businessContext: { ready: true, missing: [] }, activeRun: null });
    const refused = await caller.jobs.start({ count: 1, source: { kind: "paste", text: "nope" } }).catch((e: unknown) => e);
    expect((refused as TRPCError).code).toBe("BAD_REQUEST");
    expect((refused as TRPCError).message).toBe("Nothing new to look for: the one row is not a new domain (1 not a valid domain).");
  });

  it("refuses an 11th start in a minute with 429 and how long to wait, while refused starts never count", async () => {
    const { member, scope } = await createTestMember(db);
    const caller = callerFor(member);
    // Refused starts (nothing new to look for) cost nothing against the limit.
    for (let i = 0; i < 12; i++) {
      const refused = await caller.jobs.start({ count: 1, source: { kind: "paste", text: "nope" } }).catch((e: unknown) => e);
      expect((refused as TRPCError).code).toBe("BAD_REQUEST");
    }
    // Ten runs started this minute (counted as jobs.start counts a start that went through).
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 15_000);
    for (let i = 0; i < 10; i++) await consumeRateLimit(db, jobStartsKey(scope.workspaceId), { limit: 10, windowMs: 60_000 }, at);
    vi.useFakeTimers({ toFake: ["Date"], now: at });
    const limited = await caller.jobs.start({ count: 1 }).catch((e: unknown) => e);
    vi.useRealTimers();
    expect(limited).toBeInstanceOf(TRPCError);
    expect((limited as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    expect((limited as TRPCError).message).toBe("You started 10 runs in the last minute; wait 45 s.");
    // Another workspace is not affected.
    const other = await createTestMember(db);
    const elsewhere = await callerFor(other.member).jobs.start({ count: 1, source: { kind: "paste", text: "nope" } }).catch((e: unknown) => e);
    expect((elsewhere as TRPCError).code).toBe("BAD_REQUEST");
  });
});
