import { eq } from "drizzle-orm";
import { pgErrorCode } from "@/db/pg-error-code";
import { leads } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { leadsOf, withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toLeadView, type LeadView } from "./lead-view";
import { normalizeDomain } from "./normalize-domain";

const UNIQUE_VIOLATION = "23505";

function alreadyOnBoard(domain: string) {
  return new AppError("CONFLICT", `${domain} is already on your board.`, "domain");
}

/** Adds a lead by domain; the lead and its `lead_generated` event commit together or not at all. */
export async function createLead(scope: WorkspaceScope, input: { domain: string; createdBy: string | null }): Promise<LeadView> {
  const domain = normalizeDomain(input.domain);
  const existing = await scope.db.query.leads.findFirst({ where: leadsOf(scope, eq(leads.domain, domain)), columns: { id: true } });
  if (existing) throw alreadyOnBoard(domain);

  try {
    return await scope.db.transaction(async (tx) => {
      await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
      const [row] = await tx
        .insert(leads)
        .values({ workspaceId: scope.workspaceId, domain, createdBy: input.createdBy, source: "manual", position: -Date.now() })
        .returning();
      const lead = toLeadView(row!);
      await publishEvent(withScope(scope, tx), { workspaceId: scope.workspaceId, leadId: lead.id, type: "lead_generated", payload: { lead } });
      return lead;
    });
  } catch (error) {
    // Two clicks (or two tabs) at once: the unique index decides, and the loser hears why.
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw alreadyOnBoard(domain);
    throw error;
  }
}

