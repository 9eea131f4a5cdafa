"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { useLabels } from "@/components/i18n/language-provider";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import type { LeadDetail as LeadDetailData } from "@/server/domain/leads/get-lead-detail";
import { FactBody } from "./fact-body";
import { FactEvidence } from "./fact-evidence";
import { factSections } from "./fact-value";
import { OutreachMessage } from "./outreach-message";
import { StepTimeline } from "./step-timeline";

/** "company.foundedYear" → "founded year". */
function humanKey(key: string): string {
  const rest = key.split(".").slice(1).join(" ") || key;
  return rest.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

type Fact = LeadDetailData["facts"][number];

/** Facts with their evidence, each named by `name`. */
function FactList({ facts, name }: { facts: Fact[]; name: (key: string) => string }) {
  return (
    <dl className="flex flex-col gap-2">
      {facts.map((fact) => (
        <div key={fact.id} className="flex flex-col gap-0.5" data-testid="fact">
          <dt className="text-xs text-zinc-500">{name(fact.key)}</dt>
          <dd>
            <FactBody fact={fact} />
          </dd>
          <FactEvidence fact={fact} />
        </div>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</h3>
      {children}
    </section>
  );
}

/** A lead's profile with the evidence for every fact, its message, and the agents' timeline. */
export function LeadDetail({ leadId }: { leadId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const labels = useLabels();
  const t = labels.lead;
  const { data, error, isPending } = useQuery(trpc.leads.get.queryOptions({ id: leadId }));
  const retry = useMutation(
    trpc.leads.retry.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.leads.get.queryKey({ id: leadId }) }),
      onError: (e) => toast.error(labels.toasts.retryFailed, { description: e.message }),
    }),
  );
  if (isPending) return <p className="p-6 text-sm text-zinc-400">{t.loading}</p>;
  if (error) return <p className="p-6 text-sm text-red-300">{error.message}</p>;
  const { lead, facts, runs, pages } = data;
  const sections = factSections
    .map((prefix) => ({ prefix, title: t.sections[prefix], facts: facts.filter((f) => f.key.split(".")[0] === prefix) }))
    .filter((s) => s.facts.length > 0);
  const known = new Set<string>([...factSections, "outreach"]);
  const other = facts.filter((f) => !known.has(f.key.split(".")[0]!));

  return (
    <div className="flex flex-col gap-6 p-6" data-testid="lead-detail">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-semibold">{lead.companyName ?? lead.domain}</h2>
        <a href={`https://${lead.domain}`} target="_blank" rel="noreferrer noopener" className="font-mono text-sm text-brand-400 hover:underline">
          {lead.domain}
        </a>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
          <span className="rounded bg-zinc-800 px-2 py-0.5 text-zinc-300">{labels.stages[lead.stage]}</span>
          <span className="rounded bg-zinc-800 px-2 py-0.5 text-zinc-300" data-testid="lead-status">
            {t.statuses[lead.status]}
          </span>
          {lead.score !== null ? <span className="rounded bg-zinc-800 px-2 py-0.5 text-zinc-300">{t.score(lead.score)}</span> : null}
          {lead.tier ? (
            <span className="rounded bg-zinc-800 px-2 py-0.5 text-zinc-300" data-testid="lead-tier">
              {t.tiers[lead.tier]}
            </span>
          ) : null}
          {lead.plan ? (
            <span className={`rounded px-2 py-0.5 ${lead.plan === "full" ? "bg-brand-500/15 text-brand-300" : "bg-amber-500/15 text-amber-300"}`} data-testid="lead-plan">
              {t.plans[lead.plan]}
            </span>
          ) : null}
          {lead.status === "failed" ? (
            <Button type="button" variant="secondary" className="h-7 px-3 text-xs" disabled={retry.isPending} onClick={() => retry.mutate({ id: lead.id })}>
              {labels.board.card.retry}
            </Button>
          ) : null}
        </div>
        {lead.planReason ? (
          <p className="mt-2 text-xs text-zinc-400" data-testid="plan-reason">
            {lead.planReason}
          </p>
        ) : null}
        {lead.error ? <p className="mt-2 text-sm text-red-300">{lead.error}</p> : null}
      </header>

      {sections.map((section) => (
        <Section key={section.prefix} title={section.title}>
          <FactList facts={section.facts} name={(key) => t.factNames[key] ?? humanKey(key)} />
        </Section>
      ))}
      {other.length ? (
        <Section title={t.otherFacts}>
          <FactList facts={other} name={(key) => key} />
        </Section>
      ) : null}

      <Section title={t.message}>
        <OutreachMessage facts={facts} />
      </Section>

      <Section title={t.timeline}>
        <StepTimeline runs={runs} planned={lead.progressTotal} />
      </Section>

      {pages.length ? (
        <Section title={t.pagesRead}>
          <ul className="flex flex-col gap-1 text-sm">
            {pages.map((p) => (
              <li key={p.url} className="flex gap-2">
                <span className="w-16 shrink-0 text-xs text-zinc-500">{p.kind}</span>
                <a href={p.url} target="_blank" rel="noreferrer noopener" className="truncate text-brand-400 hover:underline">
                  {p.title ?? p.url}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
