import { describe, expect, it } from "vitest";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { checkWebhookUrl } from "./check-webhook-url";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { listWebhookEndpoints } from "./list-webhook-endpoints";

const { db } = openTestDb();
const dnsAnswers: Record<string, string[]> = {
  "hooks.example.com": ["93.184.216.34"],
  "internal.example.com": ["10.0.0.5"],
  "mixed.example.com": ["93.184.216.34", "192.168.1.20"],
};
const lookup = async (host: string) => (dnsAnswers[host] ?? []).map((address) => ({ address, family: 4 as const }));
const strict = { allowPrivateNetworks: false, lookup };

describe("webhook URLs", () => {
  it("accepts https URLs whose host resolves to public addresses only", async () => {
    const { url, target } = await checkWebhookUrl("https://hooks.example.com/nellia?x=1", strict);
    expect(url.href).toBe("https://hooks.example.com/nellia?x=1");
    expect(target.address).toBe("93.184.216.34");
  });

  it.each([
    ["not a url", /Enter a full URL/],
    ["http://hooks.example.com/", /must start with https:\/\/ \(not http:\/\/\)/],
    ["ftp://hooks.example.com/", /must start with https:\/\//],
    ["https://user:pw@hooks.example.com/", /Remove the user name and password/],
    ["https://127.0.0.1/hook", /127\.0\.0\.1 points to 127\.0\.0\.1, a loopback address: webhooks are only sent to public addresses/],
    ["https://[::1]:8443/hook", /::1, a loopback address/],
    ["https://169.254.169.254/latest/meta-data", /169\.254\.169\.254, a link-local address/],
    ["https://192.168.0.10/", /a private \(RFC 1918\) address/],
    ["https://internal.example.com/", /internal\.example\.com points to 10\.0\.0\.5, a private \(RFC 1918\) address/],
    ["https://mixed.example.com/", /mixed\.example\.com points to 192\.168\.1\.20/],
    ["https://[::ffff:10.0.0.1]/", /private \(RFC 1918\) address/],
    ["https://nowhere.example.com/", /nowhere\.example\.com has no address/],
  ])("refuses %s", async (raw, message) => {
    await expect(checkWebhookUrl(raw, strict)).rejects.toMatchObject({ code: "INVALID_INPUT", field: "url", message: expect.stringMatching(message) });
  });

  it("allows http and loopback only where private networks are allowed (the demo web)", async () => {
    const { target } = await checkWebhookUrl("http://127.0.0.1:9/hook", { allowPrivateNetworks: true, lookup });
    expect(target.address).toBe("127.0.0.1");
  });

  it("saves nothing when the URL is refused, and a secret in the Standard Webhooks format when it is not", async () => {
    const { scope } = await createTestMember(db);
    await expect(createWebhookEndpoint(scope, { url: "https://10.1.2.3/hook", events: ["lead.enriched"] }, strict)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await listWebhookEndpoints(scope)).toEqual([]);
    const created = await createWebhookEndpoint(scope, { url: "https://hooks.example.com/in", events: ["lead.enriched", "lead.enriched", "job.completed"] }, strict);
    expect(created).toMatchObject({ url: "https://hooks.example.com/in", events: ["lead.enriched", "job.completed"], enabled: true });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(created.secret.slice(6), "base64")).toHaveLength(24);
    await expect(createWebhookEndpoint(scope, { url: "https://hooks.example.com/in", events: [] }, strict)).rejects.toThrow(/Choose at least one event/);
  });
});
