import { eq } from "drizzle-orm";
import { hashPassword } from "@/server/auth/password";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import type { Db } from "./client";
import { leads, users, type LeadStage } from "./schema";

export const demoAccounts = [
  { email: "demo@nellia.dev", password: "demo-password", name: "Demo User", workspaceName: "Acme Demo", isStaff: false },
  { email: "other@nellia.dev", password: "other-password", name: "Other User", workspaceName: "Other Co", isStaff: false },
  { email: "admin@nellia.dev", password: "admin-password", name: "Nellia Staff", workspaceName: "Nellia Staff", isStaff: true },
] as const;

const demoLeads: { domain: string; companyName: string; stage: LeadStage; score: number; tier: "high" | "medium" | "low" }[] = [
  { domain: "northwind-logistics.example", companyName: "Northwind Logistics", stage: "qualification", score: 82, tier: "high" },
  { domain: "brightpath-health.example", companyName: "BrightPath Health", stage: "possibly_qualified", score: 67, tier: "medium" },
  { domain: "atlas-fintech.example", companyName: "Atlas Fintech", stage: "first_contact", score: 74, tier: "medium" },
  { domain: "lumen-retail.example", companyName: "Lumen Retail", stage: "prospecting", score: 41, tier: "low" },
];

/** Idempotent: creates each demo account (and the demo workspace's sample leads) only if missing. */
export async function seedDemo(db: Db) {
  for (const account of demoAccounts) {
    const existing = await db.query.users.findFirst({ where: eq(users.email, account.email), columns: { id: true } });
    if (existing) continue;
    const { workspace } = await createUserWithWorkspace(
      { db },
      {
        email: account.email,
        name: account.name,
        workspaceName: account.workspaceName,
        isStaff: account.isStaff,
        passwordHash: await hashPassword(account.password),
        emailVerified: new Date(),
      },
    ).catch((error: unknown) => {
      // Another process seeding at the same moment created it first.
      if ((error as { code?: string }).code === "CONFLICT") return { workspace: null };
      throw error;
    });
    if (workspace && account.email === "demo@nellia.dev") {
      await db
        .insert(leads)
        .values(demoLeads.map((lead) => ({ ...lead, workspaceId: workspace.id, status: "enriched" as const, source: "demo" })))
        .onConflictDoNothing();
    }
  }
}
