import { asc, eq, sql, type SQL } from "drizzle-orm";
import { leads } from "@/db/schema";
import { toLeadView, type LeadView } from "@/server/domain/leads/lead-view";
import { leadsOf, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";

/**
 * One page of the workspace's leads, oldest first by (created_at, id): a lead created while a
 * client pages through lands at the end, so nothing is skipped or seen twice. The cursor is the
 * last lead's id; its created_at is read back in SQL so no precision is lost in a string.
 */
export async function listLeadsPage(scope: WorkspaceScope, input: { cursor?: string; limit: number }): Promise<{ leads: LeadView[]; nextCursor: string | null }> {
  let after: SQL | undefined;
  if (input.cursor) {
    const leadId = decodeCursor(input.cursor);
    const [anchor] = await scope.db.select({ id: leads.id }).from(leads).where(leadsOf(scope, eq(leads.id, leadId)));
    if (!anchor) throw new AppError("INVALID_INPUT", "This cursor does not point into this workspace's leads: start again without one.", "cursor");
    // Compared in SQL: a JS Date would drop created_at's microseconds and repeat the anchor.
    after = sql`(${leads.createdAt}, ${leads.id}) > (select a.created_at, a.id from ${leads} a where a.id = ${anchor.id})`;
  }
  const rows = await scope.db
    .select()
    .from(leads)
    .where(leadsOf(scope, after))
    .orderBy(asc(leads.createdAt), asc(leads.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { leads: page.map(toLeadView), nextCursor: rows.length > input.limit ? encodeCursor(page.at(-1)!.id) : null };
}

function encodeCursor(leadId: string): string {
  return Buffer.from(`lead:${leadId}`).toString("base64url");
}

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const id = text.startsWith("lead:") ? text.slice(5) : "";
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("INVALID_INPUT", "This cursor is not one the API gave out: pass next_cursor back unchanged.", "cursor");
  return id;
}
