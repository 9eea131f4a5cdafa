import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createWebhookEndpoint } from "@/server/domain/webhooks/create-webhook-endpoint";
import type { Member } from "@/server/domain/workspaces/get-member";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";

const { db } = openTestDb();
const callerFor = (member: Member) => createCaller({ db, headers: new Headers(), member, sessionExpired: false });
const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (e: unknown) => (e as TRPCError).code);

/** An owner's workspace with one endpoint, and a plain member of the same workspace. */
async function workspaceWithEndpoint() {
  const { member: owner } = await createTestMember(db);
  const { member: other } = await createTestMember(db);
  const member: Member = { ...other, workspaceId: owner.workspaceId, workspaceName: owner.workspaceName, role: "member" };
  // Created through the domain function with a DNS answer of our own (no network here); the router's create is the same call.
  const policy = { allowPrivateNetworks: false, lookup: async () => [{ address: "93.184.215.14", family: 4 as const }] };
  const endpoint = await createWebhookEndpoint({ db, workspaceId: owner.workspaceId }, { url: "https://hooks.example.com/nellia", events: ["lead.enriched"] }, policy);
  return { owner, member, endpoint };
}

describe("webhook secrets and workspace credentials", () => {
  it("gives the signing secret to the owner who adds an endpoint and on the owner's request, never in the list", async () => {
    const { owner, endpoint } = await workspaceWithEndpoint();
    expect(endpoint.secret).toMatch(/^whsec_/);
    const [listed] = await callerFor(owner).webhooks.list();
    expect(listed).toMatchObject({ id: endpoint.id, url: "https://hooks.example.com/nellia" });
    expect(listed).not.toHaveProperty("secret");
    expect(await callerFor(owner).webhooks.secret({ id: endpoint.id })).toEqual({ secret: endpoint.secret });
  });

  it("lets a member see endpoints and keys but not secrets, and not change them", async () => {
    const { member, endpoint } = await workspaceWithEndpoint();
    const caller = callerFor(member);
    expect((await caller.webhooks.list()).map((e) => e.id)).toEqual([endpoint.id]);
    expect(await codeOf(caller.webhooks.secret({ id: endpoint.id }))).toBe("FORBIDDEN");
    await expect(caller.webhooks.secret({ id: endpoint.id })).rejects.toThrow(/Only the workspace's owner/);
    expect(await codeOf(caller.webhooks.create({ url: "https://hooks.example.com/mine", events: ["lead.enriched"] }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.webhooks.update({ id: endpoint.id, enabled: false }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.webhooks.delete({ id: endpoint.id }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.apiKeys.create({ name: "mine" }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.apiKeys.list())).toBe("ok");
  });

  it("finds no endpoint of another workspace, even for its owner", async () => {
    const { endpoint } = await workspaceWithEndpoint();
    const { member: stranger } = await createTestMember(db);
    expect(await codeOf(callerFor(stranger).webhooks.secret({ id: endpoint.id }))).toBe("NOT_FOUND");
  });
});
