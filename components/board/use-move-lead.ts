"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { useLabels } from "@/components/i18n/language-provider";
import { useTRPC } from "@/components/providers/trpc-provider";
import { positionBetween } from "@/server/domain/leads/position-between";

/** Moves a card at once on screen, persists it, and puts it back (saying why) if the server refuses. */
export function useMoveLead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useLabels().toasts;
  const key = trpc.leads.list.queryKey();
  return useMutation(
    trpc.leads.move.mutationOptions({
      onMutate: async (input) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        queryClient.setQueryData(key, (old) => {
          if (!old) return old;
          const at = (id: string | null | undefined) => (id ? old.leads.find((l) => l.id === id)?.position : undefined);
          const position = positionBetween(at(input.afterId), at(input.beforeId));
          return { ...old, leads: old.leads.map((l) => (l.id === input.id ? { ...l, stage: input.stage, position } : l)) };
        });
        return { previous };
      },
      onError: (error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(key, context.previous);
        toast.error(t.moveFailed, { description: error.message });
      },
    }),
  );
}
