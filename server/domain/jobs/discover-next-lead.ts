import { and, eq } from "drizzle-orm";
import { leads, prospectingJobs } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { toLeadView, type LeadView } from "@/server/domain/leads/lead-view";
import { normalizeDomain } from "@/server/domain/leads/normalize-domain";
import { leadsOf, withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import type { SearchProvider } from "@/server/search/search-provider";

const PAGE = 10;
// Past this, a query has stopped finding companies like the ICP; the next query does better.
const MAX_RESULTS_PER_QUERY = 200;
// Stops a step from scanning forever through results the workspace already knows.
const MAX_CANDIDATES_PER_STEP = 300;

type Candidate = { domain: string; name: string | null };

export type Discovery = { lead: LeadView | null; duplicates: number; invalid: number };

/**
 * Finds the job's `index`-th new company and creates its lead with its `lead_generated` event
 * in one transaction. Known domains are skipped and counted (they cost nothing). A retried
 * step returns the lead it already made, so a crash never adds a second one.
 */
export async function discoverNextLead(scope: WorkspaceScope, input: { jobId: string; index: number }, deps: { search: SearchProvider }): Promise<Discovery> {
  const existing = await scope.db.query.leads.findFirst({ where: leadsOf(scope, and(eq(leads.jobId, input.jobId), eq(leads.discoveryIndex, input.index))) });
  if (existing) return { lead: toLeadView(existing), duplicates: 0, invalid: 0 };
  const job = await scope.db.query.prospectingJobs.findFirst({ where: and(eq(prospectingJobs.id, input.jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)) });
  if (!job) throw new Error(`job ${input.jobId} not found`);

  const cursor = { ...job.cursor };
  let duplicates = 0;
  let invalid = 0;
  const pageCache = new Map<string, Candidate[]>();
  const nextCandidate = async (): Promise<Candidate | null> => {
    if (job.source.kind === "domains") {
      const domain = job.source.domains[cursor.offset];
      cursor.offset += 1;
      return domain === undefined ? null : { domain, name: null };
    }
    const queries = job.queries ?? [];
    while (cursor.query < queries.length) {
      const pageStart = cursor.offset - (cursor.offset % PAGE);
      const key = `${cursor.query}:${pageStart}`;
      if (!pageCache.has(key)) {
        const results = await deps.search.search(queries[cursor.query]!, { limit: PAGE, offset: pageStart });
        pageCache.set(key, results.map((r) => ({ domain: r.domain, name: r.title.split(" | ")[0] ?? null })));
      }
      const page = pageCache.get(key)!;
      const hit = page[cursor.offset - pageStart];
      if (hit) {
        cursor.offset += 1;
        return hit;
      }
      // A short page is not the end (a provider may drop repeats from a page); an empty one is.
      if (page.length > 0 && pageStart + PAGE < MAX_RESULTS_PER_QUERY) {
        cursor.offset = pageStart + PAGE;
        continue;
      }
      cursor.query += 1;
      cursor.offset = 0;
    }
    return null;
  };

  for (let checked = 0; checked < MAX_CANDIDATES_PER_STEP; checked++) {
    const candidate = await nextCandidate();
    if (!candidate) break;
    let domain: string;
    try {
      domain = normalizeDomain(candidate.domain);
    } catch {
      invalid += 1;
      continue;
    }
    const lead = await scope.db.transaction(async (tx) => {
      await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
      const [row] = await tx
        .insert(leads)
        .values({
          workspaceId: scope.workspaceId,
          jobId: input.jobId,
          discoveryIndex: input.index,
          domain,
          companyName: candidate.name,
          status: "queued",
          // Newest on top of its column until someone drags it.
          position: -Date.now(),
          source: job.source.kind === "domains" ? "domains" : "search",
        })
        .onConflictDoNothing({ target: [leads.workspaceId, leads.domain] })
        .returning();
      if (!row) return null;
      const view = toLeadView(row);
      await tx
        .update(prospectingJobs)
        .set({ cursor, foundCount: input.index + 1, duplicateCount: job.duplicateCount + duplicates })
        .where(eq(prospectingJobs.id, input.jobId));
      await publishEvent(withScope(scope, tx), { workspaceId: scope.workspaceId, jobId: input.jobId, leadId: view.id, type: "lead_generated", payload: { lead: view } });
      return view;
    });
    if (lead) return { lead, duplicates, invalid };
    duplicates += 1;
  }
  await scope.db.update(prospectingJobs).set({ cursor, duplicateCount: job.duplicateCount + duplicates }).where(eq(prospectingJobs.id, input.jobId));
  return { lead: null, duplicates, invalid };
}
