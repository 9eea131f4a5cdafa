import { setTimeout as sleep } from "node:timers/promises";
import { asc, count, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { leads, pipelineEvents, prospectingJobs, quotaLedger, workspaceQuotas } from "@/db/schema";
import { apiClient } from "@/tests/support/http-session";
import { until } from "@/tests/support/spawn-process";
import { createSignedInUser } from "@/tests/support/test-user";
import { resumingClient, type ResumingClient } from "./resuming-client";

/**
 * A new member starts a run of `leads` while a board client follows the workspace from its very
 * first event; with `firstLeads`, returns once that many leads exist (the run is under way).
 */
export async function startWatchedRun(db: Db, baseUrl: string, opts: { leads: number; firstLeads?: number }) {
  const user = await createSignedInUser(db, baseUrl);
  const board = resumingClient({ baseUrl, cookie: user.cookie, fromId: 0 });
  await board.open();
  const job = await apiClient(baseUrl, user.cookie).jobs.start.mutate({ count: opts.leads });
  if (opts.firstLeads) {
    await until(async () => {
      const [row] = await db.select({ n: count() }).from(leads).where(eq(leads.jobId, job.id));
      return row!.n >= opts.firstLeads!;
    }, "the first leads", 60_000);
  }
  return { user, board, job };
}

export async function readJob(db: Db, jobId: string) {
  return (await db.query.prospectingJobs.findFirst({ where: eq(prospectingJobs.id, jobId) }))!;
}

/** Waits for the run to finish (completed or failed) and returns its row. */
export async function waitForRunEnd(db: Db, jobId: string, timeoutMs: number) {
  await until(async () => ["completed", "failed"].includes((await readJob(db, jobId)).status), `run ${jobId} to finish`, timeoutMs);
  return readJob(db, jobId);
}

/**
 * The run's leads each went through enrichment exactly once: one lead per domain, and one
 * `lead_enrichment_end` per lead, however many times the steps behind it were retried.
 */
export async function expectEachLeadSettledOnce(db: Db, jobId: string, expected: number) {
  const rows = await db.select().from(leads).where(eq(leads.jobId, jobId));
  expect(rows).toHaveLength(expected);
  expect(new Set(rows.map((l) => l.domain)).size).toBe(expected);
  const events = await db.select().from(pipelineEvents).where(eq(pipelineEvents.jobId, jobId));
  const ends = events.filter((e) => e.type === "lead_enrichment_end").map((e) => e.leadId);
  expect(ends).toHaveLength(expected);
  expect(new Set(ends)).toEqual(new Set(rows.map((l) => l.id)));
  expect(events.filter((e) => e.type === "pipeline_start")).toHaveLength(1);
  expect(events.filter((e) => e.type === "pipeline_end")).toHaveLength(1);
  return rows;
}

/**
 * The run's ledger balances (everything reserved was charged or refunded) and the workspace's
 * balance row says the same: used = what was there before + charges, nothing left reserved.
 */
export async function expectLedgerBalanced(db: Db, opts: { workspaceId: string; jobId: string; usedBefore?: number }) {
  const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.jobId, opts.jobId)).orderBy(asc(quotaLedger.id));
  const sum = (kind: string) => ledger.filter((r) => r.kind === kind).reduce((n, r) => n + r.amount, 0);
  const job = await readJob(db, opts.jobId);
  expect(sum("reserve")).toBe(job.reserved);
  expect(sum("charge") + sum("refund")).toBe(sum("reserve"));
  expect({ charged: job.charged, refunded: job.refunded }).toEqual({ charged: sum("charge"), refunded: sum("refund") });
  const [balance] = await db.select().from(workspaceQuotas).where(eq(workspaceQuotas.workspaceId, opts.workspaceId));
  expect(balance).toMatchObject({ used: (opts.usedBefore ?? 0) + sum("charge"), reserved: 0 });
  expect(ledger.at(-1)).toMatchObject({ usedAfter: balance!.used, reservedAfter: 0 });
  return { charged: sum("charge"), refunded: sum("refund") };
}

/** Ids of every event stored for the workspace, in order: what a client from the start must see. */
export async function storedEventIds(db: Db, workspaceId: string): Promise<number[]> {
  const rows = await db.select({ id: pipelineEvents.id }).from(pipelineEvents).where(eq(pipelineEvents.workspaceId, workspaceId)).orderBy(asc(pipelineEvents.id));
  return rows.map((r) => r.id);
}

/**
 * How a client's received ids differ from the stored log, in a form that stays readable for
 * 10,000 events (a plain array diff would not): all four lists empty means "no gap, no duplicate,
 * in order".
 */
export function streamDefects(received: number[], stored: number[]) {
  const storedSet = new Set(stored);
  const seen = new Set<number>();
  const duplicates: number[] = [];
  const outOfOrder: number[] = [];
  received.forEach((id, i) => {
    if (seen.has(id)) duplicates.push(id);
    seen.add(id);
    if (i > 0 && id <= received[i - 1]!) outOfOrder.push(id);
  });
  return {
    missing: stored.filter((id) => !seen.has(id)).slice(0, 20),
    duplicates: duplicates.slice(0, 20),
    outOfOrder: outOfOrder.slice(0, 20),
    foreign: received.filter((id) => !storedSet.has(id)).slice(0, 20),
  };
}

export const noDefects = { missing: [], duplicates: [], outOfOrder: [], foreign: [] };

/**
 * The run ended completed with all `count` leads found and enriched, each exactly once, and its
 * ledger balanced with every lead charged: what every crash scenario must still deliver.
 */
export async function expectRunEnrichedOnce(db: Db, opts: { workspaceId: string; jobId: string; count: number; timeoutMs: number }) {
  const done = await waitForRunEnd(db, opts.jobId, opts.timeoutMs);
  expect(done).toMatchObject({ status: "completed", foundCount: opts.count, enrichedCount: opts.count, failedCount: 0 });
  const rows = await expectEachLeadSettledOnce(db, opts.jobId, opts.count);
  expect(rows.every((l) => l.status === "enriched")).toBe(true);
  expect(await expectLedgerBalanced(db, { workspaceId: opts.workspaceId, jobId: opts.jobId })).toEqual({ charged: opts.count, refunded: 0 });
}

/** The client has seen every event stored for the workspace, once each and in order. */
export async function expectStreamCaughtUp(db: Db, board: ResumingClient, workspaceId: string) {
  const stored = await storedEventIds(db, workspaceId);
  await board.waitForId(stored.at(-1)!);
  // A late duplicate would arrive right after the last event; give it a moment to show up.
  await sleep(500);
  expect(streamDefects(board.ids(), stored)).toEqual(noDefects);
  expect(board.ids()).toHaveLength(stored.length);
}
