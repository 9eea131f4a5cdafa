import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

/** The text for the workspace's language: agents write their output and messages in it. */
export function localized(language: WorkspaceLanguage, text: { en: string; "pt-BR": string }): string {
  return text[language];
}

export const languageNames: Record<WorkspaceLanguage, string> = { en: "English", "pt-BR": "Brazilian Portuguese (pt-BR)" };
