import { TRPCClientError } from "@trpc/client";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { AppRouter } from "@/server/api/root";
import { apiClient, expiredSessionCookie, signInCookie } from "@/tests/support/http-session";

const baseUrl = inject("baseUrl");
let cookie: string;

beforeAll(async () => {
  cookie = await signInCookie(baseUrl, "demo@nellia.dev", "demo-password");
});

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCClientError);
  const e = error as TRPCClientError<AppRouter>;
  return { message: e.message, code: e.data?.code, status: e.data?.httpStatus, field: e.data?.field };
}

describe("leads procedures over HTTP", () => {
  it("say what was wrong with the input and where", async () => {
    const api = apiClient(baseUrl, cookie);
    expect(await errorOf(api.leads.create.mutate({ domain: "x".repeat(300) }))).toEqual({
      message: "domain: That is longer than any domain can be (253 characters at most)",
      code: "BAD_REQUEST",
      status: 400,
      field: "domain",
    });
    expect(await errorOf(api.leads.create.mutate({ domain: "" }))).toMatchObject({ message: "domain: Enter a domain, like acme.com", field: "domain" });
    expect(await errorOf(api.leads.create.mutate({ domain: "localhost" }))).toMatchObject({
      message: '"localhost" is not a valid domain: use a name like acme.com',
      code: "BAD_REQUEST",
      field: "domain",
    });
    // @ts-expect-error: a caller sending the wrong type hears which field and why
    expect(await errorOf(api.leads.create.mutate({ domain: 42 }))).toMatchObject({ code: "BAD_REQUEST", field: "domain" });
  });

  it("refuse a missing or expired session with 401 and the reason", async () => {
    expect(await errorOf(apiClient(baseUrl).leads.list.query())).toMatchObject({
      status: 401,
      message: "You need to sign in first.",
    });
    const expired = await expiredSessionCookie(inject("authSecret"));
    expect(await errorOf(apiClient(baseUrl, expired).leads.create.mutate({ domain: "acme.com" }))).toMatchObject({
      status: 401,
      message: "Your session has expired. Sign in again.",
    });
  });
});
