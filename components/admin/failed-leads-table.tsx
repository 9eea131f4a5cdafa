"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { AdminPanel, EmptyRow, table } from "./admin-panel";
import { formatShortDateTime } from "./format";

/** Failed leads of every workspace: the customer's error, the failing agent and its reason, and a retry. */
export function FailedLeadsTable() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data = [] } = useQuery(trpc.admin.failedLeads.queryOptions());
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const retry = useMutation(
    trpc.admin.retryLead.mutationOptions({
      onSuccess: (lead) => setMessage({ tone: "ok", text: `${lead.companyName ?? lead.domain} is queued again (one credit reserved in its workspace).` }),
      onError: (error) => setMessage({ tone: "error", text: error.message }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.failedLeads.queryKey() }),
    }),
  );
  return (
    <AdminPanel title="Failed leads" description="Leads whose enrichment failed. A retry runs again only the agents that did not succeed, in the lead's own workspace and quota." testId="failed-leads">
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={`mb-3 rounded-lg border px-3 py-2 text-sm ${message.tone === "error" ? "border-red-900 bg-red-950/60 text-red-300" : "border-emerald-900 bg-emerald-950/40 text-emerald-300"}`}>
          {message.text}
        </p>
      ) : null}
      <div className={table.wrap}>
        <table className={table.table}>
          <thead className={table.head}>
            <tr>
              <th className={table.th}>Lead</th>
              <th className={table.th}>Workspace</th>
              <th className={table.th}>Failed agent</th>
              <th className={table.th}>Reason</th>
              <th className={table.th}>Error</th>
              <th className={table.th}>When (UTC)</th>
              <th className={table.th} />
            </tr>
          </thead>
          <tbody>
            {data.length === 0 ? <EmptyRow colSpan={7}>No failed leads. Every enrichment so far succeeded.</EmptyRow> : null}
            {data.map((lead) => (
              <tr key={lead.id} className={table.row} data-testid="failed-lead" data-domain={lead.domain}>
                <td className={table.td}>
                  <div className="font-medium">{lead.companyName ?? lead.domain}</div>
                  <div className={table.muted}>{lead.domain}</div>
                </td>
                <td className={table.td}>{lead.workspaceName}</td>
                <td className={table.td}>{lead.agent ?? "—"}</td>
                <td className={table.td}>{lead.reason ? <code className="rounded bg-zinc-800 px-1.5 py-0.5 text-xs text-amber-200">{lead.reason}</code> : "—"}</td>
                <td className={`${table.td} max-w-sm whitespace-normal`}>
                  <span className="text-red-300">{lead.error ?? "—"}</span>
                </td>
                <td className={`${table.td} tabular-nums`}>{formatShortDateTime(lead.updatedAt)}</td>
                <td className={table.td}>
                  {lead.retryable ? (
                    <Button type="button" variant="secondary" className="h-8 px-3 text-xs" disabled={retry.isPending} onClick={() => retry.mutate({ id: lead.id })}>
                      Retry
                    </Button>
                  ) : (
                    <span className={table.muted} title="Only leads found by a run can be retried">added by hand</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPanel>
  );
}
