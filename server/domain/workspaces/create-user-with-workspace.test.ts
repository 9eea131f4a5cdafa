import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users, workspaceMembers, workspaces } from "@/db/schema";
import { openTestDb } from "@/tests/support/db";
import { createUserWithWorkspace } from "./create-user-with-workspace";
import { getMember } from "./get-member";

const { db } = openTestDb();

describe("createUserWithWorkspace", () => {
  it("gives a new user a workspace they own", async () => {
    const email = `Founder-${Date.now()}@Example.com`;
    const { user, workspace } = await createUserWithWorkspace({ db }, { email, name: "Ada", workspaceName: "Ada's Agency" });
    expect(user.email).toBe(email.toLowerCase());
    expect(await getMember({ db }, user.id)).toMatchObject({
      workspaceId: workspace.id,
      workspaceName: "Ada's Agency",
      role: "owner",
      isStaff: false,
    });
  });

  it("refuses an email that already has an account and writes no orphan workspace", async () => {
    const email = `dup-${Date.now()}@example.com`;
    await createUserWithWorkspace({ db }, { email, workspaceName: "First" });
    const [before] = await db.select({ n: count() }).from(workspaces);
    await expect(createUserWithWorkspace({ db }, { email: email.toUpperCase(), workspaceName: "Second" })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
    });
    const [after] = await db.select({ n: count() }).from(workspaces);
    expect(after!.n).toBe(before!.n);
    const [row] = await db.select({ n: count() }).from(users).where(eq(users.email, email));
    expect(row!.n).toBe(1);
  });

  it("names the workspace after the user when no name is given", async () => {
    const { user, workspace } = await createUserWithWorkspace({ db }, { email: `maria-${Date.now()}@example.com`, name: "Maria" });
    expect(workspace.name).toBe("Maria's workspace");
    const members = await db.select().from(workspaceMembers).where(eq(workspaceMembers.userId, user.id));
    expect(members).toHaveLength(1);
  });
});
