import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { businessContexts, prospectingJobs, quotaLedger } from "@/db/schema";
import { settleLead } from "@/server/domain/enrichment/settle-lead";
import { createLead } from "@/server/domain/leads/create-lead";
import { AppError } from "@/server/errors";
import type { SearchProvider } from "@/server/search/search-provider";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { testIcp } from "@/tests/support/test-user";
import { discoverNextLead } from "./discover-next-lead";
import { finishDiscovery } from "./finish-discovery";
import { getJobReceipt } from "./get-job-receipt";
import { markJobRunning } from "./mark-job-running";
import { startProspecting } from "./start-prospecting";

const { db } = openTestDb();
const enqueue = async () => {};
const noSearch = { search: async () => [] } as unknown as SearchProvider;

async function readyWorkspace() {
  const created = await createTestMember(db);
  await db.insert(businessContexts).values({ workspaceId: created.scope.workspaceId, ...testIcp });
  return created;
}

describe("starting a run from a domain list", () => {
  it("keeps only new valid domains in the job, whatever the client sent, and its receipt says what happened", async () => {
    const { scope, member } = await readyWorkspace();
    const known = uniqueDomain("known");
    await createLead(scope, { domain: known, createdBy: member.userId });
    const [a, b] = [uniqueDomain("alpha"), uniqueDomain("beta")];
    const text = [a, `https://www.${b}/contact`, known, "not a domain", a.toUpperCase()].join("\n");
    const job = await startProspecting(scope, { count: 2, source: { kind: "paste", text }, createdBy: member.userId }, { enqueue });
    expect(job.source).toEqual({ kind: "domains", domains: [a, b] });
    expect(job).toMatchObject({ requestedCount: 2, reserved: 2, duplicateCount: 2 });

    await markJobRunning(scope, job.id);
    const first = await discoverNextLead(scope, { jobId: job.id, index: 0 }, { search: noSearch });
    const second = await discoverNextLead(scope, { jobId: job.id, index: 1 }, { search: noSearch });
    expect([first.lead!.domain, second.lead!.domain]).toEqual([a, b]);
    await settleLead(scope, { leadId: first.lead!.id, jobId: job.id, outcome: { success: true } });
    await settleLead(scope, { leadId: second.lead!.id, jobId: job.id, outcome: { success: false, reason: "crawl_failed", message: "the site answered 500" } });
    expect(await finishDiscovery(scope, job.id)).toEqual({ completed: true });

    const receipt = await getJobReceipt(scope, { id: job.id });
    expect(receipt).toMatchObject({ status: "completed", source: "domains", requested: 2, found: 2, enriched: 1, failed: 1, skippedFree: 2, charged: 1, refunded: 1 });
    expect(receipt!.refunds).toEqual([{ amount: 1, reason: `${b} failed: the site answered 500`, leadId: second.lead!.id }]);
    expect(receipt!.durationMs).toBeGreaterThanOrEqual(0);
    expect(await getJobReceipt(scope, {})).toMatchObject({ jobId: job.id });
    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.jobId, job.id)).orderBy(quotaLedger.id);
    expect(ledger.map((r) => `${r.kind}:${r.amount}`)).toEqual(["reserve:2", "charge:1", "refund:1"]);
  });

  it("refuses a list with nothing new in it, saying why, and reserves nothing", async () => {
    const { scope, member } = await readyWorkspace();
    const known = uniqueDomain("known");
    await createLead(scope, { domain: known, createdBy: member.userId });
    const error = await startProspecting(scope, { count: 1, source: { kind: "domains", domains: [known, "nope", known] }, createdBy: null }, { enqueue }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe("Nothing new to look for: none of the 3 rows is a new domain (1 not a valid domain, 1 already on your board, 1 repeated).");
    expect(await db.select().from(prospectingJobs).where(eq(prospectingJobs.workspaceId, scope.workspaceId))).toEqual([]);
  });

  it("keeps receipts within their workspace", async () => {
    const owner = await readyWorkspace();
    const stranger = await readyWorkspace();
    const job = await startProspecting(owner.scope, { count: 1, source: { kind: "domains", domains: [uniqueDomain()] }, createdBy: null }, { enqueue });
    await expect(getJobReceipt(stranger.scope, { id: job.id })).rejects.toThrow("No such run in this workspace.");
    expect(await getJobReceipt(stranger.scope, {})).toBeNull();
  });
});

describe("discovering from web search", () => {
  it("reads past a short page (a provider that dropped repeats) and moves to the next query only on an empty one", async () => {
    const { scope, member } = await readyWorkspace();
    const tag = uniqueDomain("q").split(".")[0]!;
    // Query 1: page one has 3 results (short), page two 1, page three none; query 2 has one more.
    const pages: Record<string, string[]> = { "q1@0": ["a", "b", "c"], "q1@10": ["d"], "q2@0": ["e"] };
    const asked: string[] = [];
    const search: SearchProvider = {
      name: "paged",
      async search(query, opts) {
        const key = `${query}@${opts.offset ?? 0}`;
        asked.push(key);
        return (pages[key] ?? []).map((name) => ({ url: `https://${name}-${tag}.com/`, domain: `${name}-${tag}.com`, title: name, snippet: "" }));
      },
    };
    const job = await startProspecting(scope, { count: 5, source: { kind: "search" }, createdBy: member.userId }, { enqueue });
    await db.update(prospectingJobs).set({ queries: ["q1", "q2"] }).where(eq(prospectingJobs.id, job.id));
    await markJobRunning(scope, job.id);
    const found: string[] = [];
    for (let index = 0; index < 5; index++) {
      const result = await discoverNextLead(scope, { jobId: job.id, index }, { search });
      if (result.lead) found.push(result.lead.domain.split("-")[0]!);
    }
    expect(found).toEqual(["a", "b", "c", "d", "e"]);
    expect(asked).toContain("q1@20");
  });
});
