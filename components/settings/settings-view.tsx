"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { ApiKeysSection } from "./api-keys-section";
import { BusinessContextForm } from "./business-context-form";
import { settingsLabels } from "./labels";
import { ScoringProfileForm } from "./scoring-profile-form";
import { SettingsSection } from "./settings-section";
import { WebhooksSection } from "./webhooks-section";
import { WorkspaceForm } from "./workspace-form";

/** The settings page, labelled in the workspace's language (which changes here once it is saved). */
export function SettingsView() {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.settings.workspace.queryOptions());
  const { data: scoring } = useSuspenseQuery(trpc.settings.scoringProfile.queryOptions());
  const language = workspace.language;
  const t = settingsLabels[language];
  const sections = [
    { id: "business-context", label: t.nav.businessContext },
    { id: "scoring", label: t.nav.scoring },
    { id: "workspace", label: t.nav.workspace },
    { id: "api-keys", label: t.nav.apiKeys },
    { id: "webhooks", label: t.nav.webhooks },
  ];

  return (
    <main lang={language} className="mx-auto w-full max-w-6xl px-4 pb-16 pt-6 sm:px-6 sm:pt-8" data-testid="settings" data-language={language}>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mt-1 max-w-2xl text-sm text-zinc-400">{t.subtitle}</p>
      <nav aria-label={t.title} className="sticky top-0 z-20 -mx-4 mt-5 overflow-x-auto border-b border-zinc-800 bg-zinc-950/90 px-4 backdrop-blur sm:mx-0 sm:px-0">
        <ul className="flex gap-1 py-2 text-sm">
          {sections.map((s) => (
            <li key={s.id} className="shrink-0">
              <a href={`#${s.id}`} className="block rounded-md px-3 py-1.5 text-zinc-300 hover:bg-zinc-800 hover:text-zinc-100 sm:first:-ml-3">
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6 flex flex-col gap-8">
        <SettingsSection id="business-context" title={t.icp.title} description={t.icp.description}>
          <BusinessContextForm t={t} />
        </SettingsSection>
        <SettingsSection
          id="scoring"
          title={t.scoring.title}
          description={t.scoring.description}
          badge={scoring.isDefault ? <span className="rounded-full bg-zinc-800 px-2.5 py-1 text-xs font-medium text-zinc-300 ring-1 ring-zinc-700">{t.scoring.usingDefaults}</span> : null}
        >
          <ScoringProfileForm t={t} language={language} />
        </SettingsSection>
        <SettingsSection id="workspace" title={t.workspace.title} description={t.workspace.description}>
          <WorkspaceForm t={t} />
        </SettingsSection>
        <ApiKeysSection language={language} />
        <WebhooksSection language={language} />
      </div>
    </main>
  );
}
