"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";
import { applyBoardEvents } from "./apply-board-events";

export type LiveStatus = "connecting" | "live" | "reconnecting";

/**
 * Streams the workspace's events from the snapshot's cursor and applies them to the cache in
 * batches: at most one cache write (and render) per animation frame, however fast they come.
 */
export function useBoardEvents(startCursor: number, onEvents?: (events: WorkspaceEvent[]) => void): LiveStatus {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [lastEventId] = useState(() => String(startCursor));
  const buffer = useRef<WorkspaceEvent[]>([]);
  const scheduled = useRef(false);
  const onEventsRef = useRef(onEvents);
  useEffect(() => {
    onEventsRef.current = onEvents;
  });

  const flush = useCallback(() => {
    scheduled.current = false;
    const events = buffer.current.splice(0);
    if (events.length === 0) return;
    queryClient.setQueryData(trpc.leads.list.queryKey(), (old) => (old ? applyBoardEvents(old, events) : old));
    onEventsRef.current?.(events);
  }, [queryClient, trpc]);

  const subscription = useSubscription(
    trpc.events.stream.subscriptionOptions(
      { lastEventId },
      {
        onData: ({ data }) => {
          buffer.current.push(data);
          if (scheduled.current) return;
          scheduled.current = true;
          // Hidden tabs get no animation frames; they still catch up, just less often.
          if (document.hidden) setTimeout(flush, 250);
          else requestAnimationFrame(flush);
        },
        // A refused stream is usually an ended session: a plain query finds out and redirects.
        onError: () => void queryClient.refetchQueries({ queryKey: trpc.leads.list.queryKey() }),
      },
    ),
  );

  if (subscription.status === "pending") return "live";
  if (subscription.status === "connecting" && subscription.data === undefined) return "connecting";
  return "reconnecting";
}
