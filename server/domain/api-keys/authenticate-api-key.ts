import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { API_KEY_PREFIX, hashApiKey } from "./hash-api-key";

export type ApiKeyAuth = { scope: WorkspaceScope; keyId: string; createdBy: string | null };

// Writing on every request would turn each read into a write; a minute is precise enough for "last used".
const LAST_USED_EVERY_MS = 60_000;

/** The workspace a raw key opens, or null for an unknown or revoked key. Lookup is by hash only. */
export async function authenticateApiKey(db: DbOrTx, rawKey: string, now = new Date()): Promise<ApiKeyAuth | null> {
  if (!rawKey.startsWith(API_KEY_PREFIX) || rawKey.length > 200) return null;
  const key = await db.query.apiKeys.findFirst({ where: eq(apiKeys.hash, hashApiKey(rawKey)) });
  if (!key || key.revokedAt) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
    const stale = new Date(now.getTime() - LAST_USED_EVERY_MS);
    // Conditional, so concurrent requests from one key write once between them.
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.id, key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, stale))));
  }
  return { scope: { db, workspaceId: key.workspaceId }, keyId: key.id, createdBy: key.createdBy };
}
