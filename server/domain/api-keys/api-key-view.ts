import type { apiKeys } from "@/db/schema";

type ApiKeyRow = typeof apiKeys.$inferSelect;

/** What settings shows of a key: never its hash. */
export type ApiKeyView = Pick<ApiKeyRow, "id" | "name" | "prefix" | "createdAt" | "lastUsedAt" | "revokedAt">;

export function toApiKeyView({ id, name, prefix, createdAt, lastUsedAt, revokedAt }: ApiKeyRow): ApiKeyView {
  return { id, name, prefix, createdAt, lastUsedAt, revokedAt };
}
