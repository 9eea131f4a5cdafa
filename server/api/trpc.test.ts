import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { Member } from "@/server/domain/workspaces/get-member";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { createCallerFactory, createTRPCRouter, protectedProcedure, publicProcedure, staffProcedure, type Context } from "./trpc";

const { db } = openTestDb();

// The real middlewares, mounted on a probe router: what each kind of caller is let through to.
const probe = createTRPCRouter({
  open: publicProcedure.query(() => "public"),
  mine: protectedProcedure.query(({ ctx }) => ctx.scope.workspaceId),
  staffOnly: staffProcedure.query(({ ctx }) => ctx.member.email),
});
const callerFor = (member: Member | null) =>
  createCallerFactory(probe)({ db, headers: new Headers(), member, sessionExpired: false } satisfies Context);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

describe("procedure guards", () => {
  it("lets anyone call a public procedure", async () => {
    expect(await callerFor(null).open()).toBe("public");
  });

  it("scopes a protected procedure to the member's workspace", async () => {
    const { member } = await createTestMember(db);
    expect(await callerFor(member).mine()).toBe(member.workspaceId);
    expect(await refusal(callerFor(null).mine())).toBe("UNAUTHORIZED");
  });

  it("hides staff procedures from everyone but staff", async () => {
    const { member } = await createTestMember(db);
    const { member: staff } = await createTestMember(db, { isStaff: true });
    expect(await refusal(callerFor(member).staffOnly())).toBe("NOT_FOUND");
    expect(await refusal(callerFor(null).staffOnly())).toBe("UNAUTHORIZED");
    expect(await callerFor(staff).staffOnly()).toBe(staff.email);
  });
});
