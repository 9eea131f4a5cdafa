"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc-provider";
import { scoringProfileInput } from "@/server/api/schemas/settings";
import type { ScoringProfileView } from "@/server/domain/settings/get-scoring-profile";
import { DEFAULT_SCORE_THRESHOLD, defaultScoringWeights, scoringCriteria, type ScoringCriterionId } from "@/server/domain/settings/scoring-criteria";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import type { SettingsLabels } from "./labels";
import { SaveBar } from "./save-bar";
import { ThresholdField } from "./threshold-field";
import { WeightRow } from "./weight-row";
import { WeightsTotal } from "./weights-total";

const colors: Record<ScoringCriterionId, string> = {
  industry_fit: "bg-sky-400",
  geography_fit: "bg-violet-400",
  company_size_fit: "bg-amber-400",
  buying_signals: "bg-emerald-400",
  tech_fit: "bg-pink-400",
  reachability: "bg-orange-400",
};

type Draft = { weights: Record<ScoringCriterionId, string>; threshold: string };

const toDraft = (weights: Record<ScoringCriterionId, number>, threshold: number): Draft => ({
  weights: Object.fromEntries(scoringCriteria.map((c) => [c.id, String(weights[c.id])])) as Draft["weights"],
  threshold: String(threshold),
});

/** A whole number 0–100, or null for anything else (empty, decimal, out of range). */
const percent = (text: string) => (/^\d{1,3}$/.test(text.trim()) && Number(text) <= 100 ? Number(text) : null);

/** Weights per criterion with the running total, and the reasoning threshold; saved together. */
export function ScoringProfileForm({ t, language }: { t: SettingsLabels; language: WorkspaceLanguage }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.settings.scoringProfile.queryOptions());
  const [saved, setSaved] = useState(() => toDraft(data.weights, data.threshold));
  const [draft, setDraft] = useState(saved);
  const [submitted, setSubmitted] = useState(false);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const save = useMutation(trpc.settings.saveScoringProfile.mutationOptions());

  const weights = Object.fromEntries(scoringCriteria.map((c) => [c.id, percent(draft.weights[c.id])])) as Record<ScoringCriterionId, number | null>;
  const threshold = percent(draft.threshold);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const total = scoringCriteria.reduce((sum, c) => sum + (weights[c.id] ?? 0), 0);
  const checked = scoringProfileInput.safeParse({ weights, threshold });
  const unreadable = threshold === null || Object.values(weights).includes(null);
  const problem = serverProblem ?? (submitted && !checked.success ? (unreadable || total === 100 ? t.icp.fixErrors : t.scoring.totalProblem(total)) : null);

  // An emptied box is someone mid-edit: it is flagged only once they try to save.
  const flag = (parsed: number | null, text: string) => parsed === null && (submitted || text.trim() !== "");

  const edit = (next: Draft) => {
    setDraft(next);
    setServerProblem(null);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.success || save.isPending) return;
    save.mutate(checked.data, {
      onSuccess: (view: ScoringProfileView) => {
        queryClient.setQueryData(trpc.settings.scoringProfile.queryKey(), view);
        const next = toDraft(view.weights, view.threshold);
        setSaved(next);
        setDraft(next);
        setSubmitted(false);
        toast.success(t.scoring.savedToast);
      },
      onError: (error) => setServerProblem(error.message.replace(/^[\w.]+: /, "")),
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t.scoring.title}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="relative min-w-0">
          <button
            type="button"
            onClick={() => edit(toDraft(defaultScoringWeights, DEFAULT_SCORE_THRESHOLD))}
            className="absolute right-0 top-0 z-[1] h-6 rounded-md px-2 text-xs font-medium text-zinc-400 hover:bg-zinc-800 hover:text-zinc-100"
          >
            {t.scoring.reset}
          </button>
          <fieldset className="min-w-0">
            <legend className="mb-1 flex h-6 items-center text-xs font-semibold uppercase tracking-wider text-zinc-500">{t.scoring.weightsLegend}</legend>
            <div className="divide-y divide-zinc-800/80">
              {scoringCriteria.map((c) => (
                <WeightRow
                  key={c.id}
                  id={c.id}
                  label={c.label[language]}
                  description={c.description[language]}
                  color={colors[c.id]}
                  value={draft.weights[c.id]}
                  onChange={(value) => edit({ ...draft, weights: { ...draft.weights, [c.id]: value } })}
                  error={flag(weights[c.id], draft.weights[c.id]) ? t.scoring.weightInvalid : undefined}
                />
              ))}
            </div>
          </fieldset>
        </div>
        <div className="flex flex-col gap-4 lg:sticky lg:top-20 lg:self-start">
          <WeightsTotal t={t} weights={weights} colors={colors} />
          <ThresholdField t={t} value={draft.threshold} onChange={(value) => edit({ ...draft, threshold: value })} error={flag(threshold, draft.threshold) ? t.scoring.thresholdInvalid : undefined} />
        </div>
      </div>
      <SaveBar dirty={dirty} pending={save.isPending} label={t.scoring.save} shortLabel={t.saveShort} pendingLabel={t.scoring.saving} unsaved={t.unsaved} saved={t.allSaved} problem={problem} />
    </form>
  );
}
