import { desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { workspaceQuotas, workspaces } from "@/db/schema";
import type { PlanId } from "@/server/domain/quota/plans";

export type AdminMember = { email: string; name: string | null; isStaff: boolean; role: "owner" | "member" };

export type AdminWorkspace = {
  id: string;
  name: string;
  plan: PlanId;
  createdAt: Date;
  members: AdminMember[];
  /** The stored balance; null before the workspace's first use of quota. */
  quota: { used: number; reserved: number; limit: number | null; bonus: number; periodEnd: Date } | null;
  leads: number;
  jobs: number;
};

function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every workspace (staff span them on purpose), matched by workspace name or a member's email or name. */
export async function listWorkspaces({ db }: { db: DbOrTx }, input: { search: string; limit?: number }): Promise<AdminWorkspace[]> {
  const pattern = likePattern(input.search);
  const matches = input.search
    ? sql`(${workspaces.name} ilike ${pattern} or exists (
        select 1 from workspace_members m join users u on u.id = m.user_id
        where m.workspace_id = ${workspaces.id} and (u.email ilike ${pattern} or u.name ilike ${pattern})))`
    : undefined;
  const rows = await db
    .select({
      id: workspaces.id,
      name: workspaces.name,
      plan: workspaces.plan,
      createdAt: workspaces.createdAt,
      members: sql<AdminMember[]>`coalesce((
        select json_agg(json_build_object('email', u.email, 'name', u.name, 'isStaff', u.is_staff, 'role', m.role) order by m.created_at)
        from workspace_members m join users u on u.id = m.user_id where m.workspace_id = ${workspaces.id}), '[]'::json)`,
      used: workspaceQuotas.used,
      reserved: workspaceQuotas.reserved,
      limit: workspaceQuotas.limit,
      bonus: workspaceQuotas.bonus,
      periodEnd: workspaceQuotas.periodEnd,
      leads: sql<number>`(select count(*) from leads l where l.workspace_id = ${workspaces.id})`.mapWith(Number),
      jobs: sql<number>`(select count(*) from prospecting_jobs j where j.workspace_id = ${workspaces.id})`.mapWith(Number),
    })
    .from(workspaces)
    .leftJoin(workspaceQuotas, eq(workspaceQuotas.workspaceId, workspaces.id))
    .where(matches)
    .orderBy(desc(workspaces.createdAt))
    .limit(input.limit ?? 100);
  return rows.map(({ used, reserved, limit, bonus, periodEnd, ...row }) => ({
    ...row,
    quota: periodEnd === null ? null : { used: used ?? 0, reserved: reserved ?? 0, limit: limit === null ? null : limit + (bonus ?? 0), bonus: bonus ?? 0, periodEnd },
  }));
}
