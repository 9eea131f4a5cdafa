import { crawlerAllowsPrivateNetworks } from "@/server/env";
import type { ResolveHostOptions } from "@/server/crawler/resolve-host";

/**
 * Where webhooks may be sent: public addresses only, unless private networks are allowed (the
 * demo and tests, exactly where the crawler may reach them). `lookup` is injectable for tests.
 */
export type WebhookUrlPolicy = Pick<ResolveHostOptions, "allowPrivateNetworks" | "lookup">;

export const defaultWebhookUrlPolicy: WebhookUrlPolicy = { allowPrivateNetworks: crawlerAllowsPrivateNetworks };
