import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { businessContexts, workspaces } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import type { PlanId } from "@/server/domain/quota/plans";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import { signInCookie } from "./http-session";

export const testIcp = {
  businessDescription: "Route optimisation software for operations teams.",
  productService: "A SaaS that plans delivery routes.",
  valueProposition: "Fewer late deliveries.",
  targetMarket: "Logistics companies",
  idealCustomer: "Logistics and distribution companies with their own fleet",
  painPoints: ["late deliveries"],
  competitiveAdvantage: "Fast setup",
  competitors: [],
  industryFocus: ["logistics", "retail"],
  geographicFocus: ["Brazil", "United States"],
};

/** A new account with its own workspace (on `plan`, with an ICP unless told otherwise), signed in over HTTP. */
export async function createSignedInUser(db: Db, baseUrl: string, opts: { plan?: PlanId; icp?: boolean } = {}) {
  const email = `runner-${randomBytes(4).toString("hex")}@example.com`;
  const password = "a-long-test-password";
  const { user, workspace } = await createUserWithWorkspace({ db }, { email, passwordHash: await hashPassword(password), name: "Runner", workspaceName: `Runs ${email}` });
  await db.update(workspaces).set({ plan: opts.plan ?? "pro" }).where(eq(workspaces.id, workspace.id));
  if (opts.icp !== false) await db.insert(businessContexts).values({ workspaceId: workspace.id, ...testIcp });
  return { user, workspace, email, password, cookie: await signInCookie(baseUrl, email, password) };
}
