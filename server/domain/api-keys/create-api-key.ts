import { apiKeys } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { toApiKeyView, type ApiKeyView } from "./api-key-view";
import { API_KEY_VISIBLE_CHARS, generateApiKey, hashApiKey } from "./hash-api-key";

/** A new key for the scope's workspace. The full key is returned here once and never stored. */
export async function createApiKey(scope: WorkspaceScope, input: { name: string; createdBy: string | null }): Promise<{ key: string; apiKey: ApiKeyView }> {
  const key = generateApiKey();
  const [row] = await scope.db
    .insert(apiKeys)
    .values({ workspaceId: scope.workspaceId, name: input.name.trim(), prefix: key.slice(0, API_KEY_VISIBLE_CHARS), hash: hashApiKey(key), createdBy: input.createdBy })
    .returning();
  return { key, apiKey: toApiKeyView(row!) };
}
