"use client";

import { createContext, useContext, useEffect } from "react";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import { appLabels, type AppLabels } from "./labels";

const LanguageContext = createContext<WorkspaceLanguage>("en");

/**
 * The signed-in workspace's language, from the server (the member), for every client part below.
 * It also sets <html lang>: toasts and dialogs render outside the page's own tree.
 */
export function LanguageProvider({ language, children }: { language: WorkspaceLanguage; children: React.ReactNode }) {
  useEffect(() => {
    const root = document.documentElement;
    const before = root.lang;
    root.lang = language;
    return () => {
      root.lang = before;
    };
  }, [language]);
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): WorkspaceLanguage {
  return useContext(LanguageContext);
}

export function useLabels(): AppLabels {
  return appLabels[useContext(LanguageContext)];
}
