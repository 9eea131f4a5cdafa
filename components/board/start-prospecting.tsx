"use client";

import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useLabels } from "@/components/i18n/language-provider";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { MAX_LEADS_PER_RUN } from "@/server/domain/quota/plans";
import { ContextMissing } from "./start-prospecting/context-missing";
import { CsvDropZone } from "./start-prospecting/csv-drop-zone";
import { EstimateReview } from "./start-prospecting/estimate-review";
import { PasteFields } from "./start-prospecting/paste-fields";
import { SearchFields } from "./start-prospecting/search-fields";
import { SourcePicker } from "./start-prospecting/source-picker";
import { useStartFlow } from "./start-prospecting/use-start-flow";

function ErrorLine({ message }: { message: string }) {
  return (
    <p role="alert" className="min-h-5 text-sm text-red-400" data-testid="start-error">
      {message}
    </p>
  );
}

/**
 * Start Prospecting: choose a source (web search, pasted domains, a CSV), read the server's
 * estimate of what it will look for and cost, then confirm. Without a complete business
 * context the dialog says what is missing instead of offering a start.
 */
export function StartProspecting() {
  const trpc = useTRPC();
  const t = useLabels().start;
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const { data: active } = useQuery(trpc.jobs.active.queryOptions());
  const flow = useStartFlow({ open, onStarted: () => dialog.current?.close() });
  const max = Math.min(MAX_LEADS_PER_RUN, flow.quota?.remaining ?? MAX_LEADS_PER_RUN);
  const planNote = flow.quota && flow.quota.remaining !== null ? t.planNote(flow.quota.remaining, flow.quota.planLabel) : "";
  const context = flow.readiness.data?.businessContext;
  const reviewing = flow.reviewed !== null;
  const blocked = context !== undefined && !context.ready;
  const heading = blocked ? { step: null, ...t.blocked } : reviewing ? t.review : t.source;

  return (
    <>
      <Button
        type="button"
        onClick={() => {
          flow.reset();
          setOpen(true);
          dialog.current?.showModal();
        }}
        disabled={Boolean(active)}
        title={active ? t.busy : undefined}
      >
        {t.open}
      </Button>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        aria-labelledby="start-title"
        aria-describedby="start-description"
        className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-1.5rem)] max-w-2xl overflow-y-auto rounded-2xl border border-zinc-800 bg-zinc-900 p-5 text-zinc-100 backdrop:bg-black/60 sm:p-6"
      >
        <form
          method="dialog"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (reviewing) flow.confirm();
            else if (flow.canReview) flow.review();
          }}
          className="flex flex-col gap-5"
        >
          <header className="flex flex-col gap-1">
            {heading.step ? (
              <p className="text-xs font-medium uppercase tracking-wide text-zinc-500" aria-hidden>
                {heading.step}
              </p>
            ) : null}
            <h2 id="start-title" className="text-lg font-semibold">
              {heading.title}
            </h2>
            <p id="start-description" className="text-sm text-zinc-400">
              {heading.text}
            </p>
          </header>

          {!open ? null : flow.readiness.isPending ? (
            <p role="status" className="flex items-center gap-2 text-sm text-zinc-400">
              <span className="h-3 w-3 animate-spin rounded-full border-2 border-zinc-600 border-t-brand-400" aria-hidden />
              {t.checking}
            </p>
          ) : flow.readiness.isError ? (
            <ErrorLine message={t.checkFailed} />
          ) : blocked ? (
            <ContextMissing missing={context.missing} />
          ) : reviewing ? (
            <>
              <EstimateReview estimate={flow.reviewed!.estimate} onUseMax={(n) => flow.review(n)} busy={flow.estimating || flow.starting} />
              {flow.reviewed!.estimate.activeRun ? (
                <p className="text-sm text-amber-300">{t.activeRun}</p>
              ) : null}
              <ErrorLine message={flow.startError} />
            </>
          ) : (
            <>
              <SourcePicker value={flow.kind} onChange={flow.setKind} />
              {flow.kind === "search" ? <SearchFields count={flow.count} max={max} planNote={planNote} onChange={flow.setCount} /> : null}
              {flow.kind === "paste" ? <PasteFields value={flow.text} onChange={flow.setText} /> : null}
              {flow.kind === "csv" ? <CsvDropZone file={flow.file} busy={flow.estimating} onPick={flow.pickFile} onError={flow.setFileError} /> : null}
              <ErrorLine message={flow.sourceError} />
            </>
          )}

          <footer className="flex flex-col-reverse gap-2 border-t border-zinc-800 pt-4 sm:flex-row sm:justify-end">
            <Button type="button" variant="ghost" onClick={() => dialog.current?.close()}>
              {blocked ? t.close : t.cancel}
            </Button>
            {context?.ready && reviewing ? (
              <>
                <Button type="button" variant="secondary" onClick={flow.back} disabled={flow.starting}>
                  {t.back}
                </Button>
                <Button
                  type="submit"
                  disabled={flow.starting || flow.estimating || !flow.reviewed!.estimate.fits || flow.reviewed!.estimate.leads === 0 || Boolean(flow.reviewed!.estimate.activeRun)}
                >
                  {flow.starting ? t.starting : t.confirm(flow.reviewed!.estimate.leads)}
                </Button>
              </>
            ) : context?.ready ? (
              <Button type="submit" disabled={!flow.canReview || flow.estimating}>
                {flow.estimating ? t.estimating : t.reviewEstimate}
              </Button>
            ) : null}
          </footer>
        </form>
      </dialog>
    </>
  );
}
