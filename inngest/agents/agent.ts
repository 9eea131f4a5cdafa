/** How a fact was obtained; shown beside every fact so a guess is never mistaken for a finding. */
export const factMethods = ["parsed", "fingerprint", "dns", "search", "llm", "fallback"] as const;
export type FactMethod = (typeof factMethods)[number];

/** One finding with its provenance. `key` is dotted (e.g. "company.name"); one value per key and agent. */
export type Fact = {
  key: string;
  value: unknown;
  method: FactMethod;
  sourceUrl: string | null;
  /** 0..1 */
  confidence: number;
};

/** A page the crawler fetched, kept in Postgres so later agents read it without re-fetching. */
export type CrawledPage = {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** Role the crawler fetched it for: home, about, contact, team, careers, blog, other. */
  kind: "home" | "about" | "contact" | "team" | "careers" | "blog" | "other";
  title: string | null;
  html: string;
  text: string;
  bytes: number;
  fetchedAt: string;
};

export type AgentLead = { id: string; workspaceId: string; domain: string; companyName: string | null };

/** The two DNS queries the email infrastructure agent makes. */
export type MailDnsResolver = {
  resolveMx(hostname: string): Promise<{ exchange: string; priority: number }[]>;
  resolveTxt(hostname: string): Promise<string[][]>;
};

/** Settings an agent may need from outside; injected so tests and the demo web can steer them. */
export type AgentEnvironment = {
  /** Loopback/private addresses are refused unless this is set (the demo web lives on loopback). */
  allowPrivateNetworks: boolean;
  /** Hostname → "127.0.0.1:port" overrides (the demo web), consulted before DNS. */
  hostOverrides?: (hostname: string) => string | null;
  /** DNS lookup, injectable for tests. */
  lookup?: (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;
  /** The DNS queries the email agent makes; the demo web answers "no such domain" for its own. */
  dns?: MailDnsResolver;
  /** Domains already known in the workspace (history and suppression), for intake. */
  isKnownDomain?: (domain: string) => Promise<boolean>;
};

export type AgentInput = {
  lead: AgentLead;
  /** Facts stored for this lead by earlier agents. */
  facts: (Fact & { agent: string })[];
  /** Pages stored by the crawler (empty before it runs). */
  pages: CrawledPage[];
  env: AgentEnvironment;
  signal?: AbortSignal;
};

export type AgentOutput = {
  facts: Fact[];
  /** One line for the board: what the agent found or why it stopped. */
  message: string;
  /** New pages to store (the crawler). */
  pages?: CrawledPage[];
  /** Lead columns the agent may set (null leaves a column as it is). */
  lead?: { companyName?: string | null; industry?: string | null };
};

export type Agent = {
  /** Stable id, used as the Inngest step id: never rename while runs may be in flight. */
  name: string;
  label: string;
  kind: "deterministic" | "reasoning";
  run(input: AgentInput): Promise<AgentOutput>;
};

/**
 * Thrown by an agent when retrying cannot help (invalid domain, unreadable site).
 * The pipeline turns it into a NonRetriableError and records the lead as failed.
 */
export class AgentFailure extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = "AgentFailure";
  }
}
