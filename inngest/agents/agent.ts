import type { LeadStage, LeadTier } from "@/db/schema/lead-values";
import type { BusinessContextInput } from "@/server/api/schemas/business-context";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import type { ScoringWeights } from "@/server/domain/settings/scoring-criteria";
import type { ReasoningModel } from "@/server/llm/reasoning-model";
import type { SearchProvider } from "@/server/search/search-provider";

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
  /** Response headers worth fingerprinting (server, x-powered-by, ...), lower-case names. */
  headers?: Record<string, string>;
  /** Names of the cookies the response set (values are never kept). */
  cookies?: string[];
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

/** The workspace an agent works for: its ICP, scoring profile and output language. */
export type AgentWorkspace = {
  language: WorkspaceLanguage;
  context: BusinessContextInput;
  scoring: { weights: ScoringWeights; threshold: number };
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
  /** Web search for the web research agent; none configured means the agent says so and skips. */
  search?: SearchProvider | null;
  /** The language model for reasoning agents; null runs their deterministic fallbacks. */
  llm?: ReasoningModel | null;
};

export type AgentInput = {
  lead: AgentLead;
  /** Facts stored for this lead by earlier agents. */
  facts: (Fact & { agent: string })[];
  /** Pages stored by the crawler (empty before it runs). */
  pages: CrawledPage[];
  env: AgentEnvironment;
  /** The workspace's ICP, scoring profile and language (defaults when a test leaves it out). */
  workspace?: AgentWorkspace;
  signal?: AbortSignal;
};

export type AgentOutput = {
  facts: Fact[];
  /** One line for the board: what the agent found or why it stopped. */
  message: string;
  /** New pages to store (the crawler). */
  pages?: CrawledPage[];
  /** Lead columns the agent may set (null leaves a column as it is). */
  lead?: { companyName?: string | null; industry?: string | null; score?: number; tier?: LeadTier; stage?: LeadStage };
  /** What a model call cost, recorded on the step's `agent_runs` row. */
  usage?: AgentUsage;
};

export type AgentUsage = { model: string; inputTokens: number; outputTokens: number; costUsd: number };

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
