import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys } from "@/db/schema";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { hashApiKey } from "./hash-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";

const { db } = openTestDb();

describe("API keys", () => {
  it("shows the key once, stores only its hash and prefix, and lists without secrets", async () => {
    const { member, scope } = await createTestMember(db);
    const { key, apiKey } = await createApiKey(scope, { name: "  Zapier  ", createdBy: member.userId });
    expect(key).toMatch(/^npk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toEqual({ id: expect.any(String), name: "Zapier", prefix: key.slice(0, 12), createdAt: expect.any(Date), lastUsedAt: null, revokedAt: null });

    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(row!.hash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);

    const listed = await listApiKeys(scope);
    expect(listed).toEqual([apiKey]);
    expect(Object.keys(listed[0]!)).not.toContain("hash");
  });

  it("authenticates a live key into its own workspace and records use at most once a minute", async () => {
    const { member, scope } = await createTestMember(db);
    const { key, apiKey } = await createApiKey(scope, { name: "CRM sync", createdBy: member.userId });
    const t0 = new Date("2030-01-01T10:00:00Z");

    const auth = await authenticateApiKey(db, key, t0);
    expect(auth).toMatchObject({ keyId: apiKey.id, createdBy: member.userId, scope: { workspaceId: scope.workspaceId } });
    const lastUsed = async () => (await db.query.apiKeys.findFirst({ where: eq(apiKeys.id, apiKey.id) }))!.lastUsedAt;
    expect(await lastUsed()).toEqual(t0);

    await authenticateApiKey(db, key, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiKey(db, key, later);
    expect(await lastUsed()).toEqual(later);
  });

  it("refuses unknown, malformed and revoked keys", async () => {
    const { scope } = await createTestMember(db);
    const { key, apiKey } = await createApiKey(scope, { name: "old", createdBy: null });
    expect(await authenticateApiKey(db, `${key}x`)).toBeNull();
    expect(await authenticateApiKey(db, "not-a-key")).toBeNull();
    expect(await authenticateApiKey(db, "")).toBeNull();

    const revoked = await revokeApiKey(scope, apiKey.id);
    expect(revoked.revokedAt).toEqual(expect.any(Date));
    expect(await authenticateApiKey(db, key)).toBeNull();
    // Revoking twice keeps the first time.
    expect((await revokeApiKey(scope, apiKey.id)).revokedAt).toEqual(revoked.revokedAt);
    expect((await listApiKeys(scope))[0]!.revokedAt).toEqual(revoked.revokedAt);
  });

  it("never lets one workspace see or revoke another's keys", async () => {
    const a = await createTestMember(db);
    const b = await createTestMember(db);
    const { key, apiKey } = await createApiKey(a.scope, { name: "A's key", createdBy: a.member.userId });

    expect(await listApiKeys(b.scope)).toEqual([]);
    await expect(revokeApiKey(b.scope, apiKey.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeApiKey(b.scope, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await authenticateApiKey(db, key))?.scope.workspaceId).toBe(a.scope.workspaceId);
  });
});
