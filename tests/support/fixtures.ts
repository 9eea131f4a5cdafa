import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import type { Member } from "@/server/domain/workspaces/get-member";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

/** A new user with a workspace of their own, as sign-up makes them. */
export async function createTestMember(db: Db, opts: { isStaff?: boolean } = {}): Promise<{ member: Member; scope: WorkspaceScope }> {
  const tag = randomBytes(4).toString("hex");
  const { user, workspace } = await createUserWithWorkspace(
    { db },
    { email: `user-${tag}@test.nellia.dev`, name: `User ${tag}`, workspaceName: `Workspace ${tag}`, isStaff: opts.isStaff },
  );
  const member: Member = {
    userId: user.id,
    email: user.email,
    name: user.name,
    isStaff: user.isStaff,
    workspaceId: workspace.id,
    workspaceName: workspace.name,
    role: "owner",
    language: workspace.language,
  };
  return { member, scope: { db, workspaceId: workspace.id } };
}

export function uniqueDomain(prefix = "company"): string {
  return `${prefix}-${randomBytes(4).toString("hex")}.com`;
}
