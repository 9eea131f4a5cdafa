"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { AdminPanel, EmptyRow, table } from "./admin-panel";
import { formatCount, formatDateTime } from "./format";
import { WorkspaceActions } from "./workspace-actions";

/** Users and workspaces, searchable by email or name, with plan and quota changes in place. */
export function WorkspacesTable() {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const { data = [], isFetching } = useQuery({ ...trpc.admin.workspaces.queryOptions({ search: deferred }), placeholderData: keepPreviousData });
  return (
    <AdminPanel
      title="Users and workspaces"
      description="Plans and this period's quota. A grant gives extra leads until the period ends; a reset sets the period's usage to zero. Both are written to the workspace's ledger with your email."
      actions={
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Search email, user or workspace"
          aria-label="Search workspaces"
          className="h-9 w-72 rounded-lg border border-zinc-700 bg-zinc-950 px-3 text-sm text-zinc-100 placeholder:text-zinc-500 focus:border-brand-500 focus:outline-none"
        />
      }
    >
      <div className={`${table.wrap} ${isFetching ? "opacity-80" : ""}`}>
        <table className={table.table}>
          <thead className={table.head}>
            <tr>
              <th className={table.th}>Workspace</th>
              <th className={table.th}>Members</th>
              <th className={table.th}>Plan</th>
              <th className={table.thNum}>Used / limit</th>
              <th className={table.thNum}>Leads</th>
              <th className={table.thNum}>Runs</th>
              <th className={table.th}>Quota</th>
            </tr>
          </thead>
          <tbody>
            {data.length === 0 ? <EmptyRow colSpan={7}>No workspace matches “{deferred}”.</EmptyRow> : null}
            {data.map((w) => (
              <tr key={w.id} className={table.row} data-testid="admin-workspace" data-workspace={w.name}>
                <td className={table.td}>
                  <div className="font-medium">{w.name}</div>
                  <div className={table.muted}>since {formatDateTime(w.createdAt).slice(0, 10)}</div>
                </td>
                <td className={`${table.td} max-w-64`}>
                  {w.members.map((m) => (
                    <div key={m.email} className="flex items-center gap-1.5">
                      <span className="truncate" title={m.name ?? undefined}>{m.email}</span>
                      {m.isStaff ? <span className="rounded bg-amber-500/15 px-1 text-[10px] font-semibold text-amber-300">staff</span> : null}
                    </div>
                  ))}
                </td>
                <td className={table.td}>
                  <WorkspaceActions.Plan workspaceId={w.id} plan={w.plan} />
                </td>
                <td className={table.tdNum}>
                  <div data-testid="workspace-quota">{w.quota ? `${formatCount(w.quota.used)} / ${w.quota.limit === null ? "∞" : formatCount(w.quota.limit)}` : "—"}</div>
                  {w.quota ? (
                    <div className={table.muted} data-testid="workspace-quota-left">
                      {w.quota.limit === null ? "unlimited" : `${formatCount(Math.max(w.quota.limit - w.quota.used - w.quota.reserved, 0))} left`}
                      {w.quota.reserved ? ` · ${w.quota.reserved} reserved` : ""}
                      {w.quota.bonus ? ` · incl. ${w.quota.bonus} granted` : ""}
                    </div>
                  ) : null}
                </td>
                <td className={table.tdNum}>{formatCount(w.leads)}</td>
                <td className={table.tdNum}>{formatCount(w.jobs)}</td>
                <td className={table.td}>
                  <WorkspaceActions.Quota workspaceId={w.id} name={w.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPanel>
  );
}
