import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * Refetches a query once, shortly after the last of a burst of events that touched it. The fetch
 * always starts after the newest event (whose transaction had committed), so the screen ends on
 * the final state; a refetch already in flight with older data is replaced, not reused.
 */
export function createTrailingRefresh(queryClient: QueryClient, delayMs = 250) {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  return (queryKey: QueryKey) => {
    const id = JSON.stringify(queryKey);
    if (pending.has(id)) return;
    pending.set(
      id,
      setTimeout(() => {
        pending.delete(id);
        void queryClient.invalidateQueries({ queryKey, refetchType: "active" });
      }, delayMs),
    );
  };
}
