"use client";

import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

/** Placeholder until this section is built. */
export function ApiKeysSection(_props: { language: WorkspaceLanguage }) {
  return null;
}
