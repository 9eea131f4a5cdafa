import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { businessContexts } from "@/db/schema";
import { createCaller } from "@/server/api/root";
import { MAX_IMPORT_BASE64_CHARS } from "@/server/domain/imports/import-limits";
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
});
