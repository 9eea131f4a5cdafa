import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { Context } from "@/server/api/trpc";
import type { Member } from "@/server/domain/workspaces/get-member";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";

const { db } = openTestDb();

function callerFor(member: Member | null, sessionExpired = false) {
  const ctx: Context = { db, headers: new Headers(), member, sessionExpired };
  return createCaller(ctx);
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return { code: (error as TRPCError).code, message: (error as TRPCError).message };
}

describe("leads router", () => {
  it("refuses callers without a session, and says when the session expired", async () => {
    expect(await codeOf(callerFor(null).leads.list())).toEqual({ code: "UNAUTHORIZED", message: "You need to sign in first." });
    expect(await codeOf(callerFor(null, true).leads.create({ domain: uniqueDomain() }))).toEqual({
      code: "UNAUTHORIZED",
      message: "Your session has expired. Sign in again.",
    });
  });

  it("maps domain errors to their codes with the domain's message", async () => {
    const { member } = await createTestMember(db);
    const caller = callerFor(member);
    const domain = uniqueDomain();
    await caller.leads.create({ domain });
    expect(await codeOf(caller.leads.create({ domain }))).toEqual({ code: "CONFLICT", message: `${domain} is already on your board.` });
    expect((await codeOf(caller.leads.create({ domain: "nope" }))).code).toBe("BAD_REQUEST");
    expect((await codeOf(caller.leads.create({ domain: "" }))).code).toBe("BAD_REQUEST");
    expect((await codeOf(caller.leads.create({ domain: "a".repeat(300) }))).code).toBe("BAD_REQUEST");
  });

  it("scopes every read and write to the caller's workspace", async () => {
    const a = await createTestMember(db);
    const b = await createTestMember(db);
    const lead = await callerFor(a.member).leads.create({ domain: uniqueDomain() });
    const seenByB = await callerFor(b.member).leads.list();
    expect(seenByB.leads.find((l) => l.id === lead.id)).toBeUndefined();
    const seenByA = await callerFor(a.member).leads.list();
    expect(seenByA.leads.map((l) => l.id)).toContain(lead.id);
  });
});
