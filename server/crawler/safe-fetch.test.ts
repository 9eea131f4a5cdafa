import { afterEach, describe, expect, it, vi } from "vitest";
import { createSiteCrawler } from "@/inngest/agents/site-crawler";
import { AgentFailure } from "@/inngest/agents/agent";
import { blockedAddressReason } from "./blocked-address-reason";
import { defaultCrawlLimits } from "./crawl-limits";
import { FetchError } from "./fetch-error";
import { safeFetch, type SafeFetchOptions } from "./safe-fetch";
import { redirect, respond, startTestSite, type TestSite } from "./testing/start-test-site";

let site: TestSite | null = null;
afterEach(async () => {
  await site?.close();
  site = null;
});

const lookupTo = (address: string) => vi.fn(async () => [{ address, family: address.includes(":") ? (6 as const) : (4 as const) }]);

function options(overrides: Partial<SafeFetchOptions>): SafeFetchOptions {
  return { allowPrivateNetworks: false, limits: defaultCrawlLimits, accept: "html", ...overrides };
}

async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe("safeFetch address checks (SSRF)", () => {
  it.each([
    ["127.0.0.1", "a loopback"],
    ["10.0.0.5", "a private (RFC 1918)"],
    ["192.168.1.10", "a private (RFC 1918)"],
    ["100.64.0.1", "a carrier-grade NAT"],
    ["169.254.169.254", "a link-local"],
    ["::1", "a loopback"],
    ["fc00::1", "a unique-local"],
    ["::ffff:127.0.0.1", "a loopback"],
    ["0.0.0.0", "an unspecified"],
    ["224.0.0.1", "a multicast"],
  ])("refuses a host resolving to %s (%s) before connecting", async (address, reason) => {
    site = await startTestSite({ "/": respond("<p>internal</p>") });
    const lookup = lookupTo(address);

    const error = await fetchError(safeFetch(`http://victim.com:${site.port}/`, options({ lookup })));
    expect(error.kind).toBe("blocked_address");
    expect(error.message).toBe(`victim.com points to ${address}, ${reason} address; only public sites are read`);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(site.requests).toEqual([]);
  });

  it("connects to the same loopback server once private networks are allowed (the refusal above is real)", async () => {
    site = await startTestSite({ "/": respond("<p>internal</p>") });
    const result = await safeFetch(`http://victim.com:${site.port}/`, options({ lookup: lookupTo("127.0.0.1"), allowPrivateNetworks: true }));
    expect(result.body).toContain("internal");
    expect(site.paths()).toEqual(["/"]);
  });

  it("refuses a host when any of its addresses is private", async () => {
    const lookup = vi.fn(async () => [
      { address: "93.184.216.34", family: 4 as const },
      { address: "10.0.0.5", family: 4 as const },
    ]);
    const error = await fetchError(safeFetch("http://mixed.com/", options({ lookup })));
    expect(error.message).toMatch(/10\.0\.0\.5, a private/);
  });

  it("refuses a literal private IP in the URL without any lookup", async () => {
    const lookup = lookupTo("93.184.216.34");
    const error = await fetchError(safeFetch("http://[::1]:8080/", options({ lookup })));
    expect(error.kind).toBe("blocked_address");
    expect(lookup).not.toHaveBeenCalled();
  });

  it("connects to the address it checked, resolving each host once (no second lookup to rebind)", async () => {
    site = await startTestSite({ "/": respond("<p>pinned</p>") });
    // A real resolver would fail for this name; reaching the server proves the checked answer was used.
    const lookup = lookupTo("127.0.0.1");
    const result = await safeFetch(`http://rebind.invalid:${site.port}/`, options({ lookup, allowPrivateNetworks: true }));
    expect(result.body).toContain("pinned");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(site.requests[0]!.host).toBe(`rebind.invalid:${site.port}`);
  });

  describe("redirects from an allowed host", () => {
    // The loopback test server stands in for a public site; every other host gets the production rule.
    const addressPolicy = (address: string, hostname: string) => (hostname === "public-site.com" ? null : blockedAddressReason(address));
    const lookup = vi.fn(async (hostname: string) => [
      { address: hostname === "metadata.cloud-provider.com" ? "169.254.169.254" : "127.0.0.1", family: 4 as const },
    ]);

    async function startRedirectingSite(location: (port: number) => string) {
      let port = 0;
      site = await startTestSite({
        "/": (request, response) => redirect(location(port))(request, response),
        "/secret": respond("<p>admin panel</p>"),
      });
      port = site.port;
      return site;
    }

    it("refuses a redirect to a loopback address, which is then never requested", async () => {
      const server = await startRedirectingSite((port) => `http://127.0.0.1:${port}/secret`);
      const error = await fetchError(safeFetch(`http://public-site.com:${server.port}/`, options({ lookup, addressPolicy })));
      expect(error.kind).toBe("blocked_address");
      expect(error.message).toMatch(/127\.0\.0\.1 points to 127\.0\.0\.1, a loopback address/);
      expect(server.paths()).toEqual(["/"]);
    });

    it("follows the same redirect when private networks are allowed (the refusal above is real)", async () => {
      const server = await startRedirectingSite((port) => `http://127.0.0.1:${port}/secret`);
      const result = await safeFetch(`http://public-site.com:${server.port}/`, options({ lookup, allowPrivateNetworks: true }));
      expect(result.body).toContain("admin panel");
      expect(result.finalUrl).toBe(`http://127.0.0.1:${server.port}/secret`);
      expect(server.paths()).toEqual(["/", "/secret"]);
    });

    it("refuses a redirect to a hostname that resolves to the cloud metadata address", async () => {
      const server = await startRedirectingSite(() => "http://metadata.cloud-provider.com/latest/meta-data/");
      const error = await fetchError(safeFetch(`http://public-site.com:${server.port}/`, options({ lookup, addressPolicy })));
      expect(error.message).toBe(
        "metadata.cloud-provider.com points to 169.254.169.254, a link-local address; only public sites are read",
      );
    });

    it("refuses a redirect to a scheme other than http or https", async () => {
      const server = await startRedirectingSite(() => "file:///etc/passwd");
      const error = await fetchError(safeFetch(`http://public-site.com:${server.port}/`, options({ lookup, addressPolicy })));
      expect(error.kind).toBe("bad_url");
      expect(error.message).toBe("a redirect to file: is not followed (http and https only)");
    });
  });
});

describe("site crawler with private networks refused (production setting)", () => {
  it("fails the lead without contacting a demo host that points at loopback", async () => {
    site = await startTestSite({ "/": respond("<p>demo</p>") }, ["acme-demo.com"]);
    const testSite = site;
    const error = await createSiteCrawler()
      .run({
        lead: { id: "lead-1", workspaceId: "ws-1", domain: "acme-demo.com", companyName: null },
        facts: [],
        pages: [],
        env: { allowPrivateNetworks: false, hostOverrides: (host) => testSite.hostOverrides(host) },
      })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AgentFailure);
    expect((error as AgentFailure).reason).toBe("site_unreadable");
    expect((error as AgentFailure).message).toBe(
      "Could not read the home page of acme-demo.com: acme-demo.com points to 127.0.0.1, a loopback address; only public sites are read",
    );
    expect(site.requests).toEqual([]);
  });

  it("fails the lead when DNS answers with a private address", async () => {
    const error = await createSiteCrawler()
      .run({
        lead: { id: "lead-1", workspaceId: "ws-1", domain: "acme.com", companyName: null },
        facts: [],
        pages: [],
        env: { allowPrivateNetworks: false, lookup: lookupTo("10.0.0.5") },
      })
      .catch((caught: unknown) => caught);
    expect((error as AgentFailure).reason).toBe("site_unreadable");
    expect((error as AgentFailure).message).toMatch(/10\.0\.0\.5, a private \(RFC 1918\) address/);
  });

  it("retries later (plain Error) when DNS fails temporarily, but fails for good when the domain does not exist", async () => {
    const dnsError = (code: string) => vi.fn(async () => Promise.reject(Object.assign(new Error(code), { code })));
    const run = (lookup: ReturnType<typeof dnsError>) =>
      createSiteCrawler()
        .run({
          lead: { id: "lead-1", workspaceId: "ws-1", domain: "acme.com", companyName: null },
          facts: [],
          pages: [],
          env: { allowPrivateNetworks: false, lookup },
        })
        .catch((caught: unknown) => caught as Error);

    const servfail = await run(dnsError("ESERVFAIL"));
    expect(servfail).not.toBeInstanceOf(AgentFailure);
    expect(servfail.message).toMatch(/acme\.com could not be resolved \(ESERVFAIL\)/);
    const missing = await run(dnsError("ENOTFOUND"));
    expect(missing).toBeInstanceOf(AgentFailure);
    expect((missing as AgentFailure).reason).toBe("site_unreadable");
  });
});
