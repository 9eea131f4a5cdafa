import { eq } from "drizzle-orm";
import { hashPassword } from "@/server/auth/password";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import type { Db } from "./client";
import { businessContexts, leads, users, workspaceMembers, workspaces, type LeadStage } from "./schema";

export const demoAccounts = [
  { email: "demo@nellia.dev", password: "demo-password", name: "Demo User", workspaceName: "Acme Demo", isStaff: false, plan: "pro" },
  { email: "other@nellia.dev", password: "other-password", name: "Other User", workspaceName: "Other Co", isStaff: false, plan: "free" },
  { email: "admin@nellia.dev", password: "admin-password", name: "Nellia Staff", workspaceName: "Nellia Staff", isStaff: true, plan: "free" },
] as const;

/** Acme sells route-optimisation software; its ICP matches companies the demo web is full of. */
export const demoContext = {
  businessDescription: "Acme builds route and warehouse optimisation software for mid-sized operations teams.",
  productService: "Acme Route: SaaS that plans delivery routes and warehouse picking in minutes.",
  valueProposition: "Cut delivery costs 15-20% and late deliveries in half within one quarter.",
  targetMarket: "Mid-sized logistics, retail and food distribution companies in Brazil and the United States",
  idealCustomer: "Logistics and distribution companies with 50 to 1,000 employees running their own fleet",
  painPoints: ["manual route planning", "late deliveries", "rising fuel costs", "warehouse picking errors"],
  competitiveAdvantage: "Live in two weeks, Portuguese and English support, priced per vehicle.",
  competitors: ["RouteMax", "FleetWise"],
  industryFocus: ["logistics", "retail", "food distribution", "manufacturing"],
  geographicFocus: ["Brazil", "United States"],
  extraQuery: null,
};

const demoLeads: { domain: string; companyName: string; stage: LeadStage; score: number; tier: "high" | "medium" | "low" }[] = [
  { domain: "northwind-logistics.example", companyName: "Northwind Logistics", stage: "qualification", score: 82, tier: "high" },
  { domain: "brightpath-health.example", companyName: "BrightPath Health", stage: "possibly_qualified", score: 67, tier: "medium" },
  { domain: "atlas-fintech.example", companyName: "Atlas Fintech", stage: "first_contact", score: 74, tier: "medium" },
  { domain: "lumen-retail.example", companyName: "Lumen Retail", stage: "prospecting", score: 41, tier: "low" },
];

/** Idempotent: creates each demo account (and the demo workspace's sample leads and ICP) only if missing. */
export async function seedDemo(db: Db) {
  for (const account of demoAccounts) {
    const existing = await db.query.users.findFirst({ where: eq(users.email, account.email), columns: { id: true } });
    if (existing) {
      if (account.email === "demo@nellia.dev") await seedDemoContext(db, existing.id, account.plan);
      continue;
    }
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
    if (workspace) await db.update(workspaces).set({ plan: account.plan }).where(eq(workspaces.id, workspace.id));
    if (workspace && account.email === "demo@nellia.dev") {
      await db.insert(businessContexts).values({ workspaceId: workspace.id, ...demoContext }).onConflictDoNothing();
      await db
        .insert(leads)
        .values(demoLeads.map((lead) => ({ ...lead, workspaceId: workspace.id, status: "enriched" as const, source: "demo" })))
        .onConflictDoNothing();
    }
  }
}

/** Demo databases seeded before the ICP existed get it (and the demo plan) once. */
async function seedDemoContext(db: Db, userId: string, plan: "pro" | "free") {
  const [member] = await db.select({ workspaceId: workspaceMembers.workspaceId }).from(workspaceMembers).where(eq(workspaceMembers.userId, userId)).limit(1);
  if (!member) return;
  const inserted = await db.insert(businessContexts).values({ workspaceId: member.workspaceId, ...demoContext }).onConflictDoNothing().returning();
  if (inserted.length) await db.update(workspaces).set({ plan }).where(eq(workspaces.id, member.workspaceId));
}
