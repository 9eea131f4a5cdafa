"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";

/** The Start Prospecting button and its dialog: how many leads, within the plan and the run cap. */
export function StartProspecting() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [count, setCount] = useState("10");
  const { data: quota } = useQuery(trpc.quota.get.queryOptions());
  const { data: active } = useQuery(trpc.jobs.active.queryOptions());
  const start = useMutation(trpc.jobs.start.mutationOptions());
  const max = Math.min(100, quota?.remaining ?? 100);

  return (
    <>
      <Button
        type="button"
        onClick={() => {
          start.reset();
          dialog.current?.showModal();
        }}
        disabled={Boolean(active)}
        title={active ? "A run is going; start the next when it finishes" : undefined}
      >
        Start Prospecting
      </Button>
      <dialog ref={dialog} aria-labelledby="start-title" className="m-auto w-full max-w-md rounded-2xl border border-zinc-800 bg-zinc-900 p-6 text-zinc-100 backdrop:bg-black/60">
        <form
          method="dialog"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (start.isPending) return;
            start.mutate(
              { count: Number(count), source: { kind: "search" } },
              {
                onSuccess: (job) => {
                  dialog.current?.close();
                  toast.success(`Prospecting for ${job.requestedCount} leads`, { description: "Leads appear in the processing column as they are found." });
                  void queryClient.invalidateQueries({ queryKey: trpc.jobs.active.queryKey() });
                },
              },
            );
          }}
          className="flex flex-col gap-4"
        >
          <h2 id="start-title" className="text-lg font-semibold">
            Start Prospecting
          </h2>
          <p className="text-sm text-zinc-400">We search the web for companies matching your ideal customer, then enrich each one live on the board.</p>
          <label className="flex flex-col gap-1.5 text-sm">
            <span className="font-medium text-zinc-300">How many leads?</span>
            <input
              name="count"
              type="number"
              min={1}
              max={max}
              value={count}
              onChange={(e) => setCount(e.target.value)}
              className="h-10 rounded-lg border border-zinc-700 bg-zinc-950 px-3 tabular-nums"
            />
            <span className="text-xs text-zinc-500">
              Up to {max} now{quota?.remaining !== null && quota ? ` (${quota.remaining} left on your ${quota.planLabel} plan)` : ""}. Each enriched lead uses 1 credit; known companies and failures are free.
            </span>
          </label>
          <p role="alert" className="min-h-5 text-sm text-red-400" data-testid="start-error">
            {start.error?.message.replace(/^count: /, "") ?? ""}
          </p>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" disabled={start.isPending}>
              {start.isPending ? "Starting…" : "Start"}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
