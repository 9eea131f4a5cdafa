import { blockedAddressReason } from "@/server/crawler/blocked-address-reason";
import { FetchError } from "@/server/crawler/fetch-error";
import { resolveHost, type ResolvedHost } from "@/server/crawler/resolve-host";
import { AppError } from "@/server/errors";
import type { WebhookUrlPolicy } from "./webhook-url-policy";

/**
 * Checks a webhook URL with the crawler's SSRF rules: https only (http only where private
 * networks are allowed), no credentials, and every address its host resolves to public. Run
 * when an endpoint is saved and again before each delivery (DNS can change in between); the
 * returned address is the one the delivery connects to, so a rebinding answer is never used.
 */
export async function checkWebhookUrl(raw: string, policy: WebhookUrlPolicy): Promise<{ url: URL; target: ResolvedHost }> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError("INVALID_INPUT", "Enter a full URL, starting with https://", "url");
  }
  const httpAllowed = policy.allowPrivateNetworks;
  if (url.protocol !== "https:" && !(httpAllowed && url.protocol === "http:")) {
    throw new AppError("INVALID_INPUT", `Webhook URLs must start with https:// (not ${url.protocol}//)`, "url");
  }
  if (url.username || url.password) throw new AppError("INVALID_INPUT", "Remove the user name and password from the URL; deliveries are signed instead", "url");

  let refused: string | null = null;
  const addressPolicy = (address: string) => {
    const reason = policy.allowPrivateNetworks ? null : blockedAddressReason(address);
    if (reason) refused = `${address}, ${/^un(?!i)/.test(reason) ? "an" : "a"} ${reason} address`;
    return reason;
  };
  try {
    const target = await resolveHost(url.hostname, { ...policy, addressPolicy, signal: AbortSignal.timeout(5_000) });
    return { url, target };
  } catch (error) {
    if (refused) throw new AppError("INVALID_INPUT", `${url.hostname} points to ${refused}: webhooks are only sent to public addresses`, "url");
    if (error instanceof FetchError) throw new AppError("INVALID_INPUT", error.message, "url");
    throw new AppError("INVALID_INPUT", `${url.hostname} could not be resolved`, "url");
  }
}
