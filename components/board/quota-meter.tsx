"use client";

import { useQuery } from "@tanstack/react-query";
import { useLabels } from "@/components/i18n/language-provider";
import { useTRPC } from "@/components/providers/trpc-provider";

/** Plan, used / total and next reset; moves with every quota-update event. */
export function QuotaMeter() {
  const trpc = useTRPC();
  const labels = useLabels();
  const t = labels.board.quota;
  const { data: quota } = useQuery(trpc.quota.get.queryOptions());
  if (!quota) return null;
  const pct = quota.limit ? Math.min(100, Math.round(((quota.used + quota.reserved) / quota.limit) * 100)) : 0;
  const resets = quota.resetsAt.toLocaleString(labels.locale, { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
  return (
    <div className="flex items-center gap-3 text-xs" data-testid="quota-meter" title={t.resetsTitle(resets)}>
      <span className="rounded bg-brand-500/15 px-1.5 py-0.5 font-semibold text-brand-400">{quota.planLabel}</span>
      <div className="flex flex-col gap-1">
        <span className="tabular-nums text-zinc-300" data-testid="quota-used">
          {quota.limit === null ? t.usedUnlimited(quota.used) : t.used(quota.used, quota.limit)}
          {quota.reserved ? <span className="text-zinc-500"> · {t.reserved(quota.reserved)}</span> : null}
          {quota.bonus && quota.limit !== null ? (
            <span className="ml-1 rounded bg-emerald-500/15 px-1 text-[10px] font-semibold text-emerald-300" title={t.granted(quota.bonus)} data-testid="quota-granted">
              +{quota.bonus}
            </span>
          ) : null}
        </span>
        <span className="text-[11px] text-zinc-500" data-testid="quota-remaining">
          {quota.remaining === null ? "" : t.left(quota.remaining)}
          {t.resets(resets)}
        </span>
        {quota.limit !== null ? (
          <div className="h-1 w-32 overflow-hidden rounded-full bg-zinc-800" aria-hidden>
            <div className="h-full bg-brand-500" style={{ width: `${pct}%` }} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
