import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useLabels } from "@/components/i18n/language-provider";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { JobSourceInput } from "@/server/api/schemas/jobs";
import type { JobEstimate } from "@/server/domain/jobs/estimate-job";
import type { PickedFile } from "./csv-drop-zone";
import { cleanError } from "./format";
import type { SourceKind } from "./source-picker";

type Reviewed = { source: JobSourceInput; estimate: JobEstimate };

/**
 * The dialog's state: pick a source, get the server's estimate for exactly that source, then
 * confirm. `jobs.start` is sent the same source the estimate read, and reads it again itself.
 */
export function useStartFlow(opts: { open: boolean; onStarted: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useLabels().start;
  const [kind, setKind] = useState<SourceKind>("search");
  const [count, setCount] = useState("10");
  const [text, setText] = useState("");
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState("");
  const [reviewed, setReviewed] = useState<Reviewed | null>(null);
  const readiness = useQuery({ ...trpc.jobs.readiness.queryOptions(), enabled: opts.open });
  const quota = useQuery(trpc.quota.get.queryOptions());
  const estimate = useMutation(trpc.jobs.estimate.mutationOptions());
  const start = useMutation(trpc.jobs.start.mutationOptions());

  const sourceFor = (k: SourceKind, picked = file): JobSourceInput | null => {
    if (k === "search") return { kind: "search" };
    if (k === "paste") return text.trim() ? { kind: "paste", text } : null;
    return picked ? { kind: "csv", fileName: picked.name, contentBase64: picked.contentBase64 } : null;
  };

  const review = (source: JobSourceInput | null, requested?: number) => {
    if (!source || estimate.isPending) return;
    start.reset();
    const countInput = requested ?? (source.kind === "search" ? Number(count) : undefined);
    if (requested && source.kind === "search") setCount(String(requested));
    estimate.mutate({ count: countInput, source }, { onSuccess: (result) => setReviewed({ source, estimate: result }) });
  };

  const confirm = () => {
    const ready = reviewed && reviewed.estimate.fits && reviewed.estimate.leads > 0 && !reviewed.estimate.activeRun;
    if (!ready || start.isPending) return;
    start.mutate(
      { count: reviewed.estimate.leads, source: reviewed.source },
      {
        onSuccess: (job) => {
          toast.success(t.started(job.requestedCount), { description: t.startedDetail });
          for (const key of [trpc.jobs.active.queryKey(), trpc.jobs.readiness.queryKey(), trpc.jobs.receipt.queryKey()]) void queryClient.invalidateQueries({ queryKey: key });
          setReviewed(null);
          setText("");
          setFile(null);
          opts.onStarted();
        },
      },
    );
  };

  return {
    kind,
    setKind: (k: SourceKind) => {
      setKind(k);
      setFileError("");
      estimate.reset();
    },
    count,
    setCount,
    text,
    setText,
    file,
    pickFile: (picked: PickedFile) => {
      setFile(picked);
      setFileError("");
      review(sourceFor("csv", picked));
    },
    setFileError: (message: string) => {
      setFile(null);
      setFileError(message);
    },
    canReview: Boolean(sourceFor(kind)) && (kind !== "search" || Number(count) >= 1),
    review: (requested?: number) => review(reviewed && requested ? reviewed.source : sourceFor(kind), requested),
    reviewed,
    back: () => {
      setReviewed(null);
      estimate.reset();
      start.reset();
    },
    confirm,
    reset: () => {
      setReviewed(null);
      estimate.reset();
      start.reset();
      setFileError("");
    },
    readiness,
    quota: quota.data,
    estimating: estimate.isPending,
    starting: start.isPending,
    sourceError: fileError || cleanError(estimate.error?.message),
    startError: cleanError(start.error?.message),
  };
}
