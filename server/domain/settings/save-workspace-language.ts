import { eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { workspaceLanguages, type WorkspaceLanguage } from "@/server/api/schemas/settings";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toWorkspaceSettingsView, type WorkspaceSettingsView } from "./get-workspace-settings";

/** Sets the language agents write in and the UI labels use; only ever the scope's own workspace. */
export async function saveWorkspaceLanguage(scope: WorkspaceScope, language: WorkspaceLanguage): Promise<WorkspaceSettingsView> {
  if (!workspaceLanguages.includes(language)) {
    throw new AppError("INVALID_INPUT", `Choose a language: ${workspaceLanguages.join(" or ")}.`, "language");
  }
  const [row] = await scope.db
    .update(workspaces)
    .set({ language })
    .where(eq(workspaces.id, scope.workspaceId))
    .returning({ name: workspaces.name, plan: workspaces.plan, language: workspaces.language });
  return toWorkspaceSettingsView(row);
}
