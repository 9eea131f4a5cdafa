import type { DbOrTx } from "@/db/client";
import { users, workspaceMembers, workspaces } from "@/db/schema";
import { AppError } from "@/server/errors";

export type NewUser = {
  email: string;
  name?: string | null;
  passwordHash?: string | null;
  emailVerified?: Date | null;
  isStaff?: boolean;
  workspaceName?: string;
};

/** Every new user owns a workspace from the first moment; the three rows are written together. */
export async function createUserWithWorkspace({ db }: { db: DbOrTx }, input: NewUser) {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email,
        name: input.name ?? null,
        passwordHash: input.passwordHash ?? null,
        emailVerified: input.emailVerified ?? null,
        isStaff: input.isStaff ?? false,
      })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!user) throw new AppError("CONFLICT", `An account for ${email} already exists. Sign in instead.`, "email");
    const label = input.name?.trim() || email.split("@")[0];
    const [workspace] = await tx
      .insert(workspaces)
      .values({ name: input.workspaceName?.trim() || `${label}'s workspace` })
      .returning();
    await tx.insert(workspaceMembers).values({ workspaceId: workspace!.id, userId: user.id, role: "owner" });
    return { user, workspace: workspace! };
  });
}
