"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";
import { applyBoardEvents } from "./apply-board-events";
import { EventBatcher } from "./event-batcher";

export type LiveStatus = "connecting" | "live" | "reconnecting";

/** Streams the workspace's events from the snapshot's cursor into the board's cache, in batches. */
export function useBoardEvents(startCursor: number): LiveStatus {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [lastEventId] = useState(() => String(startCursor));
  const [batcher] = useState(
    () =>
      new EventBatcher<WorkspaceEvent>((events) =>
        queryClient.setQueryData(trpc.leads.list.queryKey(), (old) => (old ? applyBoardEvents(old, events) : old)),
      ),
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

  if (subscription.status === "pending") return "live";
  if (subscription.status === "connecting" && subscription.data === undefined) return "connecting";
  return "reconnecting";
}
