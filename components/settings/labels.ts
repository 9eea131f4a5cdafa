import type { BusinessContextField } from "@/server/api/schemas/business-context";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import { labelsEn } from "./labels-en";
import { labelsPtBr } from "./labels-pt-br";

type FieldText = { label: string; hint: string; placeholder: string };

/** Every word the settings page shows, so the workspace language switches all of it at once. */
export type SettingsLabels = {
  title: string;
  subtitle: string;
  nav: { businessContext: string; scoring: string; workspace: string; apiKeys: string; webhooks: string };
  required: string;
  saveShort: string;
  unsaved: string;
  allSaved: string;
  icp: {
    title: string;
    description: string;
    empty: string;
    groups: { business: string; customer: string; search: string };
    fields: Record<BusinessContextField, FieldText>;
    list: { addHint: string; remove: (entry: string) => string; entries: (label: string) => string };
    save: string;
    saving: string;
    savedToast: string;
    savedReady: string;
    savedMissing: (missing: string) => string;
    saveFailed: string;
    fixErrors: string;
    errors: { tooLong: (max: number) => string; tooMany: (max: number) => string; entryTooLong: (max: number) => string; emptyEntry: string };
  };
  readiness: {
    heading: string;
    ready: string;
    readyBody: string;
    readyOnceSaved: string;
    readyOnceSavedBody: string;
    notReady: string;
    progress: (done: number, total: number) => string;
    missingIntro: string;
    add: (field: string) => string;
    goToBoard: string;
  };
  scoring: {
    title: string;
    description: string;
    usingDefaults: string;
    weightsLegend: string;
    total: string;
    totalProblem: (total: number) => string;
    totalOk: string;
    weightInvalid: string;
    thresholdLabel: string;
    thresholdHelp: (threshold: number) => string;
    thresholdInvalid: string;
    aboveThreshold: string;
    belowThreshold: string;
    reset: string;
    save: string;
    saving: string;
    savedToast: string;
  };
  workspace: {
    title: string;
    description: string;
    name: string;
    plan: string;
    languageLegend: string;
    languageHelp: string;
    languages: Record<WorkspaceLanguage, { name: string; detail: string }>;
    save: string;
    saving: string;
    savedToast: string;
  };
};

export const settingsLabels: Record<WorkspaceLanguage, SettingsLabels> = { en: labelsEn, "pt-BR": labelsPtBr };
