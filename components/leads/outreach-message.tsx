"use client";

import { toast } from "sonner";
import { useLabels } from "@/components/i18n/language-provider";
import type { LeadDetail } from "@/server/domain/leads/get-lead-detail";

type Email = { subject?: string; body?: string; citations?: { text: string; factKey: string }[] };

/** The ready-to-send email, its personal lines highlighted with the fact each one cites. */
export function OutreachMessage({ facts }: { facts: LeadDetail["facts"] }) {
  const labels = useLabels();
  const t = labels.lead.outreach;
  const fact = facts.find((f) => f.key === "outreach.email");
  if (!fact || typeof fact.value !== "object" || fact.value === null) {
    return <p className="text-sm text-zinc-500">{t.none}</p>;
  }
  const email = fact.value as Email;
  const body = email.body ?? "";
  const citations = (email.citations ?? []).filter((c) => c.text && body.includes(c.text));
  const parts: { text: string; cites?: string }[] = [];
  let rest = body;
  for (const c of citations) {
    const at = rest.indexOf(c.text);
    if (at < 0) continue;
    parts.push({ text: rest.slice(0, at) }, { text: c.text, cites: c.factKey });
    rest = rest.slice(at + c.text.length);
  }
  parts.push({ text: rest });
  const copy = async () => {
    await navigator.clipboard.writeText(`${t.subject}: ${email.subject ?? ""}\n\n${body}`);
    toast.success(labels.toasts.copied);
  };
  return (
    <div className="rounded-lg border border-zinc-800 bg-zinc-950 p-3" data-testid="outreach-message">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-medium text-zinc-200">{email.subject}</p>
        <button type="button" onClick={copy} className="rounded-md border border-zinc-700 px-2 py-1 text-xs hover:bg-zinc-800">
          {t.copy}
        </button>
      </div>
      <p className="mt-2 whitespace-pre-wrap text-sm text-zinc-300">
        {parts.map((p, i) =>
          p.cites ? (
            <mark key={i} className="rounded bg-brand-500/20 px-0.5 text-zinc-100" title={t.cites(p.cites)}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
