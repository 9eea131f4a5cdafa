import { z } from "zod";

/** Shared by the `apiKeys` router and the settings form. */
export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "Give the key a name, e.g. the tool that will use it").max(60, "Keep the name under 60 characters"),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;

export const apiKeyIdInput = z.object({ id: z.uuid("Not an API key id") });
