import { eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import { plans, type PlanId } from "@/server/domain/quota/plans";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";

export type WorkspaceSettingsView = { name: string; plan: PlanId; planLabel: string; language: WorkspaceLanguage };

export function toWorkspaceSettingsView(row: Pick<typeof workspaces.$inferSelect, "name" | "plan" | "language"> | undefined): WorkspaceSettingsView {
  if (!row) throw new AppError("NOT_FOUND", "This workspace no longer exists.");
  return { name: row.name, plan: row.plan, planLabel: plans[row.plan].label, language: row.language };
}

/** The workspace's name, plan and language (of agent output and of the UI's labels). */
export async function getWorkspaceSettings(scope: WorkspaceScope): Promise<WorkspaceSettingsView> {
  const [row] = await scope.db
    .select({ name: workspaces.name, plan: workspaces.plan, language: workspaces.language })
    .from(workspaces)
    .where(eq(workspaces.id, scope.workspaceId));
  return toWorkspaceSettingsView(row);
}
