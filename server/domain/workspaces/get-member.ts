import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users, workspaceMembers, workspaces } from "@/db/schema";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

export type Member = {
  userId: string;
  email: string;
  name: string | null;
  isStaff: boolean;
  workspaceId: string;
  workspaceName: string;
  role: "owner" | "member";
  /** The workspace's language: the signed-in UI is labelled in it. */
  language: WorkspaceLanguage;
};

/** The signed-in user's current workspace (their first membership), or null if the user is gone. */
export async function getMember({ db }: { db: DbOrTx }, userId: string): Promise<Member | null> {
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      isStaff: users.isStaff,
      workspaceId: workspaces.id,
      workspaceName: workspaces.name,
      role: workspaceMembers.role,
      language: workspaces.language,
    })
    .from(users)
    .innerJoin(workspaceMembers, eq(workspaceMembers.userId, users.id))
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(users.id, userId))
    .orderBy(asc(workspaceMembers.createdAt))
    .limit(1);
  return row ?? null;
}
