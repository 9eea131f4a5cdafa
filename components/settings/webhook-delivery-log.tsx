"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { WebhooksLabels } from "./webhooks-labels";

const statusStyle = { pending: "text-amber-300", succeeded: "text-emerald-300", failed: "text-red-300" } as const;

/** An endpoint's deliveries, newest first, refreshed while any is still pending; finished ones can be replayed. */
export function WebhookDeliveryLog({ endpointId, t }: { endpointId: string; t: WebhooksLabels }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const log = useInfiniteQuery(
    trpc.webhooks.deliveries.infiniteQueryOptions(
      { endpointId, limit: 10 },
      {
        getNextPageParam: (page) => page.nextCursor,
        refetchInterval: (query) => (query.state.data?.pages.some((p) => p.items.some((d) => d.status === "pending")) ? 2_000 : false),
      },
    ),
  );
  const replay = useMutation(
    trpc.webhooks.replay.mutationOptions({
      onSuccess: () => {
        toast.success(t.log.replayed);
        void queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.infiniteQueryKey({ endpointId }) });
      },
    }),
  );
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="mt-5">
      <h3 className="text-sm font-medium text-zinc-200">{t.endpoint.deliveries}</h3>
      {log.error ? <FormError message={log.error.message} /> : null}
      {replay.error ? <FormError message={replay.error.message} /> : null}
      {log.isSuccess && rows.length === 0 ? <p className="mt-2 text-sm text-zinc-500">{t.log.empty}</p> : null}
      {rows.length > 0 ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-xs" data-testid="webhook-deliveries">
            <thead className="text-zinc-500">
              <tr>
                <th className="py-1 pr-3 font-medium">{t.log.event}</th>
                <th className="py-1 pr-3 font-medium">{t.log.status}</th>
                <th className="py-1 pr-3 font-medium">{t.log.code}</th>
                <th className="py-1 pr-3 font-medium">{t.log.attempts}</th>
                <th className="py-1 pr-3 font-medium">{t.log.time}</th>
                <th className="py-1 pr-3 font-medium">{t.log.error}</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody className="text-zinc-300">
              {rows.map((d) => (
                <tr key={d.id} className="border-t border-zinc-800/80 align-top">
                  <td className="py-1.5 pr-3 font-mono">{d.eventType}</td>
                  <td className={`py-1.5 pr-3 ${statusStyle[d.status]}`}>{t.log.statuses[d.status]}</td>
                  <td className="py-1.5 pr-3 tabular-nums">{d.lastStatusCode ?? "—"}</td>
                  <td className="py-1.5 pr-3 tabular-nums">{d.attempts}</td>
                  <td className="py-1.5 pr-3 whitespace-nowrap">{(d.deliveredAt ?? d.createdAt).toLocaleString()}</td>
                  <td className="max-w-64 truncate py-1.5 pr-3 text-zinc-400" title={d.lastError ?? undefined}>
                    {d.lastError ?? ""}
                  </td>
                  <td className="py-1">
                    {d.status === "pending" ? null : (
                      <Button type="button" variant="ghost" className="h-7 px-2 text-xs" disabled={replay.isPending} onClick={() => replay.mutate({ deliveryId: d.id })}>
                        {t.log.replay}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {log.hasNextPage ? (
        <Button type="button" variant="ghost" className="mt-2 h-8 px-2 text-xs" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {t.log.more}
        </Button>
      ) : null}
    </div>
  );
}
