"use client";

import { agentLabel } from "@/components/i18n/agent-label";
import { useLabels } from "@/components/i18n/language-provider";
import type { LeadDetail } from "@/server/domain/leads/get-lead-detail";

type Fact = LeadDetail["facts"][number];

/** How a fact was found, how sure we are, and a link to where it came from. */
export function FactEvidence({ fact }: { fact: Fact }) {
  const labels = useLabels();
  const t = labels.lead.evidence;
  const pct = Math.round(fact.confidence * 100);
  const tone = fact.method === "fallback" ? "text-amber-300" : pct >= 80 ? "text-emerald-300" : "text-zinc-300";
  return (
    <span className="flex flex-wrap items-center gap-x-2 text-[11px] text-zinc-500" data-testid="fact-evidence">
      <span className="rounded bg-zinc-800 px-1.5 py-0.5">{t.methods[fact.method]}</span>
      <span className={tone}>{t.sure(pct)}</span>
      <span>{t.by(agentLabel(labels, fact.agent))}</span>
      {fact.sourceUrl ? (
        <a href={fact.sourceUrl} target="_blank" rel="noreferrer noopener" className="truncate text-brand-400 hover:underline" data-testid="fact-source">
          {fact.sourceUrl.replace(/^https?:\/\//, "")}
        </a>
      ) : null}
    </span>
  );
}
