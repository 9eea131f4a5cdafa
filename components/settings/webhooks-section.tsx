"use client";

import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

/** Placeholder until this section is built. */
export function WebhooksSection(_props: { language: WorkspaceLanguage }) {
  return null;
}
