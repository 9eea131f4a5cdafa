"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc-provider";
import { workspaceLanguages, type WorkspaceLanguage } from "@/server/api/schemas/settings";
import { settingsLabels, type SettingsLabels } from "./labels";
import { SaveBar } from "./save-bar";

/** The workspace's name and plan, and its language: saved, it relabels this page and steers agent output. */
export function WorkspaceForm({ t }: { t: SettingsLabels }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.settings.workspace.queryOptions());
  const [language, setLanguage] = useState<WorkspaceLanguage>(data.language);
  const router = useRouter();
  const save = useMutation(trpc.settings.saveLanguage.mutationOptions());

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { language },
      {
        onSuccess: (view) => {
          queryClient.setQueryData(trpc.settings.workspace.queryKey(), view);
          toast.success(settingsLabels[view.language].workspace.savedToast);
          // The header and the rest of the app take the language from the server: re-render them in it now.
          router.refresh();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t.workspace.title}>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-zinc-800 bg-zinc-950/60 px-4 py-3">
          <dt className="text-xs text-zinc-500">{t.workspace.name}</dt>
          <dd className="mt-1 truncate text-sm font-medium text-zinc-100" data-testid="settings-workspace-name">
            {data.name}
          </dd>
        </div>
        <div className="rounded-xl border border-zinc-800 bg-zinc-950/60 px-4 py-3">
          <dt className="text-xs text-zinc-500">{t.workspace.plan}</dt>
          <dd className="mt-1">
            <span className="rounded bg-brand-500/15 px-1.5 py-0.5 text-sm font-semibold text-brand-400">{data.planLabel}</span>
          </dd>
        </div>
      </dl>
      <fieldset className="mt-6" aria-describedby="language-help">
        <legend className="text-sm font-medium text-zinc-200">{t.workspace.languageLegend}</legend>
        <p id="language-help" className="mt-1 text-xs text-zinc-500">
          {t.workspace.languageHelp}
        </p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {workspaceLanguages.map((option) => {
            const text = t.workspace.languages[option];
            return (
              <label
                key={option}
                lang={option}
                className="flex cursor-pointer items-start gap-3 rounded-xl border border-zinc-800 bg-zinc-950/60 p-4 transition-colors hover:border-zinc-700 has-[:checked]:border-brand-500/70 has-[:checked]:bg-brand-500/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-400"
              >
                <input
                  type="radio"
                  name="language"
                  value={option}
                  checked={language === option}
                  onChange={() => setLanguage(option)}
                  className="mt-0.5 h-4 w-4 accent-brand-500 focus-visible:outline-none"
                />
                <span className="flex flex-col">
                  <span className="text-sm font-medium text-zinc-100">{text.name}</span>
                  <span className="text-xs text-zinc-400">{text.detail}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <SaveBar
        dirty={language !== data.language}
        pending={save.isPending}
        label={t.workspace.save}
        shortLabel={t.saveShort}
        pendingLabel={t.workspace.saving}
        unsaved={t.unsaved}
        saved={t.allSaved}
        problem={save.error?.message.replace(/^language: /, "") ?? null}
      />
    </form>
  );
}
