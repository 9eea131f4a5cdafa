import { normalizeDomain } from "@/server/domain/leads/normalize-domain";
import { AppError } from "@/server/errors";
import { AgentFailure, type Agent } from "./agent";

/**
 * First step for every lead: settle its domain and stop known ones before anything is spent.
 * A duplicate fails with reason "duplicate" so the pipeline refunds it instead of charging.
 */
export const intake: Agent = {
  name: "intake",
  label: "Intake",
  kind: "deterministic",
  async run({ lead, env }) {
    let domain: string;
    try {
      domain = normalizeDomain(lead.domain);
    } catch (error) {
      if (error instanceof AppError) throw new AgentFailure(error.message, "invalid_domain");
      throw error;
    }
    // Without a way to ask, letting a possible duplicate through would charge the user for it.
    if (!env.isKnownDomain) throw new Error("intake needs env.isKnownDomain to check for duplicates");
    if (await env.isKnownDomain(domain)) {
      throw new AgentFailure(
        `${domain} is already known in this workspace (an earlier lead or the suppression list), so it was skipped and costs nothing`,
        "duplicate",
      );
    }
    return {
      facts: [{ key: "domain.normalized", value: domain, method: "parsed", sourceUrl: null, confidence: 1 }],
      message: domain === lead.domain ? `${domain} is new to this workspace` : `Normalised ${lead.domain} to ${domain}; new to this workspace`,
    };
  },
};
