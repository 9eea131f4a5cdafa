import type { LeadDetail } from "@/server/domain/leads/get-lead-detail";
import type { LeadView } from "@/server/domain/leads/lead-view";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function serializeLead(lead: LeadView) {
  return {
    id: lead.id,
    object: "lead" as const,
    job_id: lead.jobId,
    domain: lead.domain,
    company_name: lead.companyName,
    stage: lead.stage,
    status: lead.status,
    score: lead.score,
    tier: lead.tier,
    industry: lead.industry,
    source: lead.source,
    progress: { done: lead.progressDone, total: lead.progressTotal },
    plan: lead.plan,
    plan_reason: lead.planReason,
    error: lead.error,
    created_at: iso(lead.createdAt),
    updated_at: iso(lead.updatedAt),
  };
}

/** A lead with every fact and its provenance, and the pages the agents read. */
export function serializeLeadDetail(detail: LeadDetail) {
  return {
    ...serializeLead(detail.lead),
    facts: detail.facts.map((f) => ({
      key: f.key,
      value: f.value,
      agent: f.agent,
      method: f.method,
      source_url: f.sourceUrl,
      retrieved_at: iso(f.retrievedAt),
      confidence: f.confidence,
    })),
    sources: detail.pages.map((p) => ({ url: p.url, title: p.title ?? null, kind: p.kind ?? null, status: p.status ?? null })),
  };
}
