import { randomBytes } from "node:crypto";
import { TRPCClientError } from "@trpc/client";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import type { AppRouter } from "@/server/api/root";
import { consumeRateLimit } from "@/server/domain/rate-limits/consume-rate-limit";
import { jobStartsKey } from "@/server/domain/rate-limits/limit-job-starts";
import { apiClient } from "@/tests/support/http-session";
import { createSignedInUser } from "@/tests/support/test-user";

const baseUrl = inject("baseUrl");
const { db, sql } = createDatabaseClient(inject("databaseUrl"), { max: 3 });
afterAll(() => sql.end({ timeout: 1 }));

/** One password sign-in through Auth.js's real CSRF + credentials flow, from the given client address. */
async function postSignIn(email: string, password: string, ip: string) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": ip },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/board` }),
  });
  const signedIn = res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="));
  const body = res.status === 429 ? ((await res.json()) as { error: { code: string; message: string } }) : null;
  return { status: res.status, location: new URL(res.headers.get("location") ?? "/", baseUrl), signedIn, retryAfter: Number(res.headers.get("retry-after")), body };
}

describe("rate limits over HTTP", () => {
  it("answers sign-in after 10 failures for one email with 429 and how long to wait, even with the right password", async () => {
    // A user of its own, so no other test's sign-ins are refused.
    const user = await createSignedInUser(db, baseUrl, { icp: false });
    const ip = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`;
    for (let i = 0; i < 10; i++) {
      const attempt = await postSignIn(user.email, "not-the-password", ip);
      expect(attempt).toMatchObject({ status: 302, signedIn: false });
      expect(attempt.location.searchParams.get("code")).toBe("credentials");
    }
    const refused = await postSignIn(user.email, user.password, ip);
    expect(refused).toMatchObject({ status: 429, signedIn: false });
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(refused.body?.error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/^Too many sign-in attempts; try again in (1[0-5]|[1-9]) minutes?\.$/) });
    // Another address does not lift a limit on the email.
    expect(await postSignIn(user.email, user.password, "203.0.113.9")).toMatchObject({ status: 429, signedIn: false });
  });

  it("counts an address by what the proxy saw, so writing another X-Forwarded-For in front does not escape it", async () => {
    const ip = `198.18.0.${1 + (randomBytes(1)[0]! % 250)}`;
    // 50 failures from one address, each with a different email and a different made-up first hop.
    for (let i = 0; i < 50; i++) await postSignIn(`spray-${i}-${randomBytes(3).toString("hex")}@example.com`, "guess", `10.${i}.0.1, ${ip}`);
    const user = await createSignedInUser(db, baseUrl, { icp: false });
    expect(await postSignIn(user.email, user.password, `192.0.2.77, ${ip}`)).toMatchObject({ status: 429, signedIn: false });
    expect(await postSignIn(user.email, user.password, "192.0.2.78")).toMatchObject({ status: 302, signedIn: true });
  });

  it("answers a start beyond 10 runs a minute with 429 and how long to wait", async () => {
    const user = await createSignedInUser(db, baseUrl);
    // The limit counts per clock minute: keep the fill and the start in the same one.
    const msLeft = 60_000 - (Date.now() % 60_000);
    if (msLeft < 3_000) await new Promise((resolve) => setTimeout(resolve, msLeft + 100));
    for (let i = 0; i < 10; i++) await consumeRateLimit(db, jobStartsKey(user.workspace.id), { limit: 10, windowMs: 60_000 });
    const error = await apiClient(baseUrl, user.cookie)
      .jobs.start.mutate({ count: 1 })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const e = error as TRPCClientError<AppRouter>;
    expect(e.data?.httpStatus).toBe(429);
    expect(e.data?.code).toBe("TOO_MANY_REQUESTS");
    expect(e.message).toMatch(/^You started 10 runs in the last minute; wait \d+ s\.$/);
  });
});
