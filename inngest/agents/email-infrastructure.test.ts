import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AgentInput, Fact } from "./agent";
import { createEmailInfrastructure, type MailDnsResolver } from "./email-infrastructure";

type Zone = Record<string, { mx?: { exchange: string; priority: number }[]; txt?: string[][] }>;

const dnsError = (code: string) => Object.assign(new Error(`queryX ${code}`), { code });

/** A resolver answering from a zone: an unknown name is NXDOMAIN, a known one without the type is NODATA. */
function fakeResolver(zone: Zone, failing: Record<string, string> = {}): MailDnsResolver & { queries: string[] } {
  const queries: string[] = [];
  const answer = async <T>(name: string, type: "mx" | "txt"): Promise<T> => {
    queries.push(`${type} ${name}`);
    if (failing[name]) throw dnsError(failing[name]);
    const entry = zone[name];
    if (!entry) throw dnsError("ENOTFOUND");
    if (!entry[type]) throw dnsError("ENODATA");
    return entry[type] as T;
  };
  return { queries, resolveMx: (name) => answer(name, "mx"), resolveTxt: (name) => answer(name, "txt") };
}

function check(domain: string, resolver: MailDnsResolver) {
  const input: AgentInput = {
    lead: { id: "lead-1", workspaceId: "ws-1", domain, companyName: null },
    facts: [],
    pages: [],
    env: { allowPrivateNetworks: true },
  };
  return createEmailInfrastructure({ resolver }).run(input);
}

const value = (facts: Fact[], key: string) => facts.find((fact) => fact.key === key)?.value;

describe("email infrastructure agent", () => {
  it("recognises Google Workspace, reads SPF from the TXT records and a DMARC reject policy", async () => {
    const resolver = fakeResolver({
      "acme.com": {
        mx: [{ exchange: "ALT1.ASPMX.L.GOOGLE.COM", priority: 5 }, { exchange: "aspmx.l.google.com", priority: 1 }],
        txt: [["google-site-verification=abc"], ["v=spf1 include:_spf.google.com ", "~all"]],
      },
      "_dmarc.acme.com": { txt: [["v=DMARC1; p=reject; rua=mailto:dmarc@acme.com"]] },
    });
    const output = await check("acme.com", resolver);
    expect(output.facts).toEqual([
      { key: "email.mx", value: { hosts: ["aspmx.l.google.com", "alt1.aspmx.l.google.com"], provider: "Google Workspace" }, method: "dns", sourceUrl: null, confidence: 1 },
      { key: "email.spf", value: { present: true, record: "v=spf1 include:_spf.google.com ~all" }, method: "dns", sourceUrl: null, confidence: 1 },
      { key: "email.dmarc", value: { present: true, policy: "reject", record: "v=DMARC1; p=reject; rua=mailto:dmarc@acme.com" }, method: "dns", sourceUrl: null, confidence: 1 },
      { key: "email.disposable", value: false, method: "dns", sourceUrl: null, confidence: 1 },
    ]);
    expect(output.message).toBe("Mail by Google Workspace, SPF present, DMARC reject");
    expect(resolver.queries.sort()).toEqual(["mx acme.com", "txt _dmarc.acme.com", "txt acme.com"]);
  });

  it("recognises Microsoft 365 and a quarantine policy, with no SPF", async () => {
    const output = await check("contoso.com.br", fakeResolver({
      "contoso.com.br": { mx: [{ exchange: "contoso-com-br.mail.protection.outlook.com.", priority: 0 }], txt: [["MS=ms123"]] },
      "_dmarc.contoso.com.br": { txt: [["v=DMARC1;p=quarantine;pct=100"]] },
    }));
    expect(value(output.facts, "email.mx")).toEqual({ hosts: ["contoso-com-br.mail.protection.outlook.com"], provider: "Microsoft 365" });
    expect(value(output.facts, "email.spf")).toEqual({ present: false, record: null });
    expect(value(output.facts, "email.dmarc")).toMatchObject({ present: true, policy: "quarantine" });
    expect(output.message).toBe("Mail by Microsoft 365, no SPF, DMARC quarantine");
  });

  it("names Zoho, Locaweb and unknown hosts", async () => {
    const provider = async (exchange: string) =>
      (value((await check("x.com", fakeResolver({ "x.com": { mx: [{ exchange, priority: 10 }] } }))).facts, "email.mx") as { provider: string }).provider;
    expect(await provider("mx.zoho.com")).toBe("Zoho");
    expect(await provider("mx.core.locaweb.com.br")).toBe("Locaweb");
    expect(await provider("inbound-smtp.us-east-1.amazonaws.com")).toBe("Amazon SES");
    expect(await provider("mail.protonmail.ch")).toBe("Proton");
    expect(await provider("mail.x.com")).toBe("other");
  });

  it("treats a domain with no MX (NODATA) as having none, and reads SPF and a DMARC policy of none", async () => {
    const output = await check("nomail.io", fakeResolver({
      "nomail.io": { txt: [["v=spf1 -all"]] },
      "_dmarc.nomail.io": { txt: [["v=DMARC1; p=none"]] },
    }));
    expect(value(output.facts, "email.mx")).toEqual({ hosts: [], provider: null });
    expect(value(output.facts, "email.spf")).toEqual({ present: true, record: "v=spf1 -all" });
    expect(value(output.facts, "email.dmarc")).toEqual({ present: true, policy: "none", record: "v=DMARC1; p=none" });
    expect(output.message).toBe("No MX records, SPF present, DMARC none");
  });

  it("ignores a TXT record that only mentions spf and a DMARC record without a valid policy", async () => {
    const output = await check("odd.com", fakeResolver({
      "odd.com": { mx: [{ exchange: "mx.odd.com", priority: 1 }], txt: [["note: v=spf1 is configured elsewhere"]] },
      "_dmarc.odd.com": { txt: [["v=DMARC1; p=block"]] },
    }));
    expect(value(output.facts, "email.spf")).toEqual({ present: false, record: null });
    expect(value(output.facts, "email.dmarc")).toEqual({ present: true, policy: null, record: "v=DMARC1; p=block" });
  });

  it("throws a retryable Error on SERVFAIL or a timeout", async () => {
    const servfail = fakeResolver({ "acme.com": { mx: [] } }, { "_dmarc.acme.com": "ESERVFAIL" });
    await expect(check("acme.com", servfail)).rejects.toThrow("DNS lookup of DMARC of acme.com failed (ESERVFAIL); will retry");
    const timeout = fakeResolver({}, { "acme.com": "ETIMEOUT" });
    await expect(check("acme.com", timeout)).rejects.toThrow(/ETIMEOUT/);
    await expect(check("acme.com", timeout)).rejects.not.toHaveProperty("name", "AgentFailure");
  });

  it("flags a disposable-mail domain, subdomains included", async () => {
    const zone: Zone = { "mailinator.com": { mx: [{ exchange: "mail.mailinator.com", priority: 1 }] } };
    const output = await check("mailinator.com", fakeResolver(zone));
    expect(value(output.facts, "email.disposable")).toBe(true);
    expect(output.message).toBe("Mail by an unrecognised provider, no SPF, no DMARC (disposable-mail domain)");
    const sub = await check("eu.guerrillamail.com", fakeResolver({}));
    expect(value(sub.facts, "email.disposable")).toBe(true);
    expect(value((await check("verdantlogix.com", fakeResolver({}))).facts, "email.disposable")).toBe(false);
  });

  it("uses the normalised domain from intake when there is one", async () => {
    const resolver = fakeResolver({});
    await createEmailInfrastructure({ resolver }).run({
      lead: { id: "l", workspaceId: "w", domain: "WWW.Acme.com", companyName: null },
      facts: [{ key: "domain.normalized", value: "acme.com", method: "parsed", sourceUrl: null, confidence: 1, agent: "intake" }],
      pages: [],
      env: { allowPrivateNetworks: false },
    });
    expect(resolver.queries).toContain("mx acme.com");
  });
});

describe("email infrastructure on the demo web, which has no DNS", () => {
  it("says no DNS records were found for every fixture domain, without failing, and prints its accuracy", async () => {
    const domains = readdirSync(path.join(process.cwd(), "demo-web", "sites")).sort();
    const expected = { "email.mx": { hosts: [], provider: null }, "email.spf": { present: false, record: null }, "email.dmarc": { present: false, policy: null, record: null }, "email.disposable": false };
    let right = 0;
    let total = 0;
    for (const domain of domains) {
      const output = await check(domain, fakeResolver({}));
      expect(output.message).toBe(`No DNS records found for ${domain}: no MX, SPF or DMARC`);
      for (const [key, answer] of Object.entries(expected)) {
        total += 1;
        if (JSON.stringify(value(output.facts, key)) === JSON.stringify(answer)) right += 1;
      }
    }
    console.info(`email-infrastructure accuracy over ${domains.length} fixture sites (ENOTFOUND resolver): ${right}/${total} facts (${((100 * right) / total).toFixed(1)}%)`);
    expect(right).toBe(total);
  });
});
