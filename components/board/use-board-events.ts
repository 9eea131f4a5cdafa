"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { useLabels } from "@/components/i18n/language-provider";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";
import { applyBoardEvents } from "./apply-board-events";
import { EventBatcher } from "./event-batcher";
import { reviveQuota } from "./revive-quota";
import { useSteadyLiveStatus } from "./use-steady-live-status";
import { createTrailingRefresh } from "./trailing-refresh";

export type LiveStatus = "connecting" | "live" | "reconnecting";

type Summary = { enriched: number; failed: number; charged: number; refunded: number; duplicates: number };

/**
 * Streams the workspace's events from the snapshot's cursor and applies each batch (at most one
 * per animation frame) to the board's caches: leads, the quota meter and the active run.
 */
export function useBoardEvents(startCursor: number): LiveStatus {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [lastEventId] = useState(() => String(startCursor));
  // The batcher outlives renders; it reads the toasts' words here, so they follow the language.
  const labels = useLabels();
  const toasts = useRef(labels.toasts);
  useEffect(() => {
    toasts.current = labels.toasts;
  }, [labels]);
  const [refresh] = useState(() => createTrailingRefresh(queryClient));
  const [batcher] = useState(
    // eslint-disable-next-line react-hooks/refs -- the ref is read when a batch flushes (an animation frame), never during render
    () =>
      new EventBatcher<WorkspaceEvent>((events) => {
        queryClient.setQueryData(trpc.leads.list.queryKey(), (old) => (old ? applyBoardEvents(old, events) : old));
        const quota = events.findLast((e) => e.name === "quota-update");
        const revived = quota ? reviveQuota(quota.payload.quota) : null;
        if (revived) queryClient.setQueryData(trpc.quota.get.queryKey(), revived);
        if (events.some((e) => e.jobId && e.name !== "quota-update")) refresh(trpc.jobs.active.queryKey());
        // An open lead drawer follows its lead's steps as they happen (inactive lead queries are only marked stale).
        for (const leadId of new Set(events.map((e) => e.leadId).filter((id): id is string => Boolean(id)))) {
          refresh(trpc.leads.get.queryKey({ id: leadId }));
        }
        const t = toasts.current;
        for (const event of events) {
          if (event.name === "job-completed") {
            const s = event.payload.summary as Summary;
            toast.success(t.runComplete(s.enriched, s.failed), { description: t.runCompleteDetail(s.charged, s.refunded, s.duplicates) });
          }
          if (event.name === "lead-enriched") {
            const lead = event.payload.lead as { domain?: string; companyName?: string | null } | undefined;
            // One toast per lead, short-lived: a 100-lead run must not bury the screen.
            toast(t.enriched(lead?.companyName ?? lead?.domain ?? t.aLead), { id: `enriched-${event.leadId}`, duration: 2500 });
          }
          if (event.name === "lead-failed") {
            const lead = event.payload.lead as { domain?: string } | undefined;
            toast.error(t.failed(lead?.domain ?? t.aLead), { description: String(event.payload.error ?? "") });
          }
        }
      }),
  );

  const subscription = useSubscription(
    trpc.events.stream.subscriptionOptions(
      { lastEventId },
      {
        onData: ({ data }) => batcher.push(data),
        // A refused stream is usually an ended session: a plain query finds out and redirects.
        onError: () => void queryClient.refetchQueries({ queryKey: trpc.leads.list.queryKey() }),
      },
    ),
  );

  const raw: LiveStatus = subscription.status === "pending" ? "live" : subscription.status === "connecting" && subscription.data === undefined ? "connecting" : "reconnecting";
  return useSteadyLiveStatus(raw);
}
