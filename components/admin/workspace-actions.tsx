"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { plans, type PlanId } from "@/server/domain/quota/plans";

function useRefreshWorkspaces() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.admin.workspaces.queryKey() });
}

function Plan({ workspaceId, plan }: { workspaceId: string; plan: PlanId }) {
  const trpc = useTRPC();
  const refresh = useRefreshWorkspaces();
  const change = useMutation(trpc.admin.changePlan.mutationOptions({ onSuccess: refresh }));
  return (
    <div>
      <select
        aria-label="Plan"
        value={plan}
        disabled={change.isPending}
        onChange={(e) => change.mutate({ workspaceId, plan: e.target.value as PlanId })}
        className="h-8 rounded-md border border-zinc-700 bg-zinc-950 px-2 text-sm text-zinc-100 focus:border-brand-500 focus:outline-none"
      >
        {Object.values(plans).map((p) => (
          <option key={p.id} value={p.id}>
            {p.label} · {p.limit === null ? "unlimited" : `${p.limit}/${p.period}`}
          </option>
        ))}
      </select>
      {change.error ? <p role="alert" className="mt-1 text-xs text-red-300">{change.error.message}</p> : null}
    </div>
  );
}

function Quota({ workspaceId, name }: { workspaceId: string; name: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshWorkspaces();
  const [amount, setAmount] = useState("10");
  const [done, setDone] = useState<string | null>(null);
  const grant = useMutation(trpc.admin.grantQuota.mutationOptions({ onSuccess: (q) => (setDone(`Granted: ${q.remaining ?? "∞"} left`), refresh()) }));
  const reset = useMutation(trpc.admin.resetQuota.mutationOptions({ onSuccess: (q) => (setDone(`Reset: ${q.remaining ?? "∞"} left`), refresh()) }));
  const error = grant.error ?? reset.error;
  const busy = grant.isPending || reset.isPending;
  return (
    <div className="space-y-1">
      <form
        className="flex items-center gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          grant.mutate({ workspaceId, amount: Number(amount) });
        }}
      >
        <input
          type="number"
          min={1}
          max={10000}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-label={`Leads to grant to ${name}`}
          className="h-8 w-16 rounded-md border border-zinc-700 bg-zinc-950 px-2 text-right text-sm tabular-nums text-zinc-100 focus:border-brand-500 focus:outline-none"
        />
        <Button type="submit" variant="secondary" className="h-8 px-3 text-xs" disabled={busy}>
          Grant
        </Button>
      </form>
      <button
        type="button"
        disabled={busy}
        title="Set this period's usage to zero"
        className="text-xs font-medium text-zinc-400 underline-offset-2 hover:text-zinc-200 hover:underline disabled:opacity-50"
        onClick={() => {
          if (!window.confirm(`Reset this period's usage of ${name} to zero?`)) return;
          setDone(null);
          reset.mutate({ workspaceId });
        }}
      >
        Reset usage
      </button>
      {error ? <p role="alert" className="text-xs text-red-300">{error.message}</p> : done ? <p role="status" className="text-xs text-emerald-300">{done}</p> : null}
    </div>
  );
}

/** The plan and quota controls of one workspace row. */
export const WorkspaceActions = { Plan, Quota };
