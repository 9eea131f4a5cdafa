import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import type { AgentEnvironment } from "@/inngest/agents/agent";
import { blockedAddressReason } from "./blocked-address-reason";
import { FetchError } from "./fetch-error";

export type AddressPolicy = (address: string, hostname: string) => string | null;

export type ResolveHostOptions = Pick<AgentEnvironment, "allowPrivateNetworks" | "hostOverrides" | "lookup"> & {
  /** Replaces the public-address rule; tests use it to stand a loopback server in for a public host. */
  addressPolicy?: AddressPolicy;
  signal?: AbortSignal;
};

/** The address a connection will be pinned to, and the port a host override redirects it to. */
export type ResolvedHost = { address: string; family: 4 | 6; port: number | null };

/**
 * Resolves `hostname` and checks every address it answers with before any connection is made.
 * A host that advertises any non-public address is refused outright, so a mixed answer
 * cannot smuggle an internal address in.
 */
export async function resolveHost(hostname: string, options: ResolveHostOptions): Promise<ResolvedHost> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let port: number | null = null;
  let answers: { address: string; family: 4 | 6 }[];

  const override = isIP(host) ? null : options.hostOverrides?.(host);
  if (isIP(host)) {
    answers = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  } else if (override) {
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(override);
    if (!match) throw new FetchError("bad_url", `the address configured for ${host} ("${override}") is not host:port`);
    answers = [{ address: match[1]!, family: isIP(match[1]!) === 6 ? 6 : 4 }];
    port = Number(match[2]);
  } else {
    answers = await lookupAll(host, options);
  }
  if (answers.length === 0) throw new FetchError("dns", `${host} has no address`, false);

  const policy: AddressPolicy =
    options.addressPolicy ?? ((address) => (options.allowPrivateNetworks ? null : blockedAddressReason(address)));
  for (const answer of answers) {
    const reason = policy(answer.address, host);
    if (reason) {
      throw new FetchError(
        "blocked_address",
        `${host} points to ${answer.address}, ${/^un(?!i)/.test(reason) ? "an" : "a"} ${reason} address; only public sites are read`,
      );
    }
  }
  return { ...answers[0]!, port };
}

async function lookupAll(host: string, options: ResolveHostOptions) {
  options.signal?.throwIfAborted();
  const lookup = options.lookup ?? ((name: string) => dns.lookup(name, { all: true }) as Promise<ResolvedHost[]>);
  try {
    // DNS has no abort of its own; racing the signal keeps a hung resolver inside the page budget.
    return await Promise.race([lookup(host), abortPromise(options.signal)]);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // NXDOMAIN-style answers will not change on retry; SERVFAIL and timeouts might.
    const permanent = code === "ENOTFOUND" || code === "ENODATA";
    throw new FetchError("dns", `${host} could not be resolved (${code ?? (error as Error).message})`, !permanent);
  }
}

function abortPromise(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}
