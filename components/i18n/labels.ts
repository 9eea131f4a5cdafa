import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import { labelsEn } from "./labels-en";
import { labelsPtBr } from "./labels-pt-br";

/**
 * Every word the signed-in app shows. English defines the shape; Portuguese is annotated with it,
 * so a key missing (or extra) in either language is a type error.
 */
export type AppLabels = typeof labelsEn;

export const appLabels: Record<WorkspaceLanguage, AppLabels> = { en: labelsEn, "pt-BR": labelsPtBr };

/** For server components: the labels of the member's workspace language. */
export function labelsFor(language: WorkspaceLanguage): AppLabels {
  return appLabels[language];
}
