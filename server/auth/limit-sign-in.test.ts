import { randomUUID } from "node:crypto";
import { CredentialsSignin } from "next-auth";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { openTestDb } from "@/tests/support/db";
import { buildAuthConfig } from "./config";
import { clientIp } from "./client-ip";
import { limitSignIn } from "./limit-sign-in";
import { hashPassword } from "./password";
import { tooManySignInsMessage } from "./too-many-sign-ins";

const { db } = openTestDb();
const fail = async () => null;
const refusal = (work: unknown) => Promise.resolve(work).then(() => null, (e: unknown) => e);

describe("limitSignIn", () => {
  it("lets an email fail 10 times in 15 minutes, then refuses even the right password, saying how long to wait", async () => {
    const email = `limited-${randomUUID()}@example.com`;
    const at = new Date("2026-11-27T10:03:00Z");
    for (let i = 0; i < 10; i++) expect(await limitSignIn(db, { email, ip: null }, fail, at)).toBeNull();
    const error = await refusal(limitSignIn(db, { email, ip: null }, async () => ({ id: "u" }), at));
    expect(error).toBeInstanceOf(CredentialsSignin);
    expect((error as CredentialsSignin).code).toBe("rate_limited_12m");
    expect(tooManySignInsMessage((error as CredentialsSignin).code)).toBe("Too many sign-in attempts; try again in 12 minutes.");
    // The next window starts over.
    expect(await limitSignIn(db, { email, ip: null }, async () => ({ id: "u" }), new Date("2026-11-27T10:15:00Z"))).toEqual({ id: "u" });
  });

  it("counts only failures, so frequent successful sign-ins never lock anyone out", async () => {
    const email = `often-${randomUUID()}@example.com`;
    for (let i = 0; i < 15; i++) expect(await limitSignIn(db, { email, ip: null }, async () => ({ id: "u" }))).toEqual({ id: "u" });
  });

  it("limits one address trying many emails (50 failures per 15 minutes)", async () => {
    const ip = `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
    const at = new Date("2026-11-27T11:00:00Z");
    for (let i = 0; i < 50; i++) await limitSignIn(db, { email: `spray-${i}-${randomUUID()}@example.com`, ip }, fail, at);
    const error = await refusal(limitSignIn(db, { email: `fresh-${randomUUID()}@example.com`, ip }, fail, at));
    expect((error as CredentialsSignin).code).toBe("rate_limited_15m");
  });

  it("reads the client's address from what the trusted proxy appended, not from what the client wrote", () => {
    // The client sent "203.0.113.66"; our one proxy appended the address it saw.
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.66, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.66, 198.51.100.7, 10.0.0.1" }), 2)).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.9" }), 3)).toBe("198.51.100.9");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.8" }))).toBe("198.51.100.8");
    expect(clientIp(new Headers())).toBeNull();
  });
});

describe("the Credentials provider", () => {
  it("refuses the right password once the email has failed too often", async () => {
    const email = `provider-${randomUUID()}@example.com`;
    await db.insert(users).values({ email, passwordHash: await hashPassword("the-right-password") });
    const provider = buildAuthConfig(db).providers[0] as unknown as { options: CredentialsConfig };
    const authorize = (password: string) =>
      provider.options.authorize!({ email, password }, new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": `2001:db8::${randomUUID().slice(0, 4)}` } }));
    expect(await authorize("the-right-password")).toMatchObject({ email });
    for (let i = 0; i < 10; i++) expect(await authorize("wrong")).toBeNull();
    const error = await refusal(authorize("the-right-password"));
    expect(tooManySignInsMessage((error as CredentialsSignin).code)).toMatch(/^Too many sign-in attempts; try again in \d+ minutes?\.$/);
  });
});
