import { promises as dns } from "node:dns";
import type { MailDnsResolver } from "@/inngest/agents/agent";

function notFound(hostname: string): Error {
  return Object.assign(new Error(`queryMx ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
}

/**
 * Real DNS, except for the demo web's fictional companies: they have no records, and saying so at
 * once keeps a machine without network from waiting on (and retrying) lookups that cannot succeed.
 */
export function demoAwareDns(isDemoHost: (hostname: string) => boolean): MailDnsResolver {
  const demo = (hostname: string) => isDemoHost(hostname.replace(/^_dmarc\./, ""));
  return {
    resolveMx: (hostname) => (demo(hostname) ? Promise.reject(notFound(hostname)) : dns.resolveMx(hostname)),
    resolveTxt: (hostname) => (demo(hostname) ? Promise.reject(notFound(hostname)) : dns.resolveTxt(hostname)),
  };
}
