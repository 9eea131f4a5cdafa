import { promises as dns } from "node:dns";
import type { Agent, Fact, MailDnsResolver } from "./agent";
import { detectMailProvider } from "./email/detect-mail-provider";
import { isDisposableDomain } from "./email/is-disposable-domain";
import { resolveOrNone } from "./email/resolve-or-none";

// The two queries the agent makes are injectable (the factory, or `env.dns`) so tests and demo mode need no real DNS.
export type { MailDnsResolver } from "./agent";

const dmarcPolicies = ["none", "quarantine", "reject"] as const;

/** TXT records come in 255-byte chunks; a record is its chunks joined without separators. */
const txtRecords = (chunks: string[][] | null) => (chunks ?? []).map((parts) => parts.join("").trim());

function dnsFact(key: string, value: unknown): Fact {
  return { key, value, method: "dns", sourceUrl: null, confidence: 1 };
}

/**
 * MX provider, SPF and DMARC of the lead's domain, plus whether it is a disposable-mail service.
 * A record that does not exist is an answer; a resolver failure throws so the step is retried.
 */
export function createEmailInfrastructure({ resolver = dns }: { resolver?: MailDnsResolver } = {}): Agent {
  return {
    name: "email-infrastructure",
    label: "Email infrastructure",
    kind: "deterministic",
    async run({ lead, facts: known, env }) {
      const dnsResolver = env.dns ?? resolver;
      const normalized = known.find((fact) => fact.key === "domain.normalized")?.value;
      const domain = (typeof normalized === "string" ? normalized : lead.domain).toLowerCase();
      const [mx, txt, dmarcTxt] = await Promise.all([
        resolveOrNone(() => dnsResolver.resolveMx(domain), `MX of ${domain}`),
        resolveOrNone(() => dnsResolver.resolveTxt(domain), `TXT of ${domain}`),
        resolveOrNone(() => dnsResolver.resolveTxt(`_dmarc.${domain}`), `DMARC of ${domain}`),
      ]);

      const hosts = [...(mx ?? [])].sort((a, b) => a.priority - b.priority).map((record) => record.exchange.toLowerCase().replace(/\.$/, ""));
      const provider = hosts.length > 0 ? detectMailProvider(hosts) : null;
      const spf = txtRecords(txt).find((record) => /^v=spf1(\s|$)/i.test(record)) ?? null;
      const dmarc = txtRecords(dmarcTxt).find((record) => /^v=DMARC1\s*(;|$)/i.test(record)) ?? null;
      const policyTag = dmarc?.match(/(?:^|;)\s*p\s*=\s*([a-z]+)/i)?.[1]?.toLowerCase();
      const policy = dmarcPolicies.find((candidate) => candidate === policyTag) ?? null;
      const disposable = isDisposableDomain(domain);

      const facts = [
        dnsFact("email.mx", { hosts, provider }),
        dnsFact("email.spf", { present: spf !== null, record: spf }),
        dnsFact("email.dmarc", { present: dmarc !== null, policy, record: dmarc }),
        dnsFact("email.disposable", disposable),
      ];
      const flag = disposable ? " (disposable-mail domain)" : "";
      if (hosts.length === 0 && !spf && !dmarc) {
        return { facts, message: `No DNS records found for ${domain}: no MX, SPF or DMARC${flag}` };
      }
      const parts = [
        hosts.length > 0 ? `Mail by ${provider === "other" ? "an unrecognised provider" : provider}` : "No MX records",
        spf ? "SPF present" : "no SPF",
        dmarc ? `DMARC ${policy ?? "without a valid policy"}` : "no DMARC",
      ];
      return { facts, message: `${parts.join(", ")}${flag}` };
    },
  };
}

export const emailInfrastructure: Agent = createEmailInfrastructure();
