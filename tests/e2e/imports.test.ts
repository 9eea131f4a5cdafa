import { TRPCClientError } from "@trpc/client";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { leads, quotaLedger } from "@/db/schema";
import { apiClient } from "@/tests/support/http-session";
import { createSignedInUser } from "@/tests/support/test-user";
import { waitForJob } from "@/tests/support/wait-for-job";

const baseUrl = inject("baseUrl");
const { db, sql } = createDatabaseClient(inject("databaseUrl"), { max: 5 });
afterAll(() => sql.end({ timeout: 1 }));

describe("prospecting from a list of domains, over HTTP", () => {
  it("looks only for the new valid domains of a pasted list, and the ledger and receipt say so", async () => {
    const user = await createSignedInUser(db, baseUrl);
    const api = apiClient(baseUrl, user.cookie);
    await api.leads.create.mutate({ domain: "sprigwell-foods.com" });
    const text = ["ledgerbloom.co", "https://www.pailwright.com/about", "not a domain", "LEDGERBLOOM.CO", "sprigwell-foods.com", "", "verdantlogix.com", "localhost"].join("\n");

    const estimate = await api.jobs.estimate.mutate({ source: { kind: "paste", text } });
    expect(estimate).toMatchObject({
      source: "domains",
      leads: 3,
      maxCredits: 3,
      known: 1,
      duplicates: 1,
      invalid: 2,
      quota: { used: 0, remaining: 500 },
      after: { used: 3, remaining: 497 },
      fits: true,
    });
    expect(estimate.import!.issues.map((i) => [i.row, i.kind])).toEqual([
      [3, "invalid"],
      [4, "duplicate"],
      [5, "known"],
      [7, "invalid"],
    ]);

    const job = await api.jobs.start.mutate({ count: estimate.leads, source: { kind: "paste", text } });
    expect(job.source).toEqual({ kind: "domains", domains: ["ledgerbloom.co", "pailwright.com", "verdantlogix.com"] });
    const done = await waitForJob(db, job.id);
    expect(done).toMatchObject({ status: "completed", requestedCount: 3, reserved: 3, foundCount: 3, duplicateCount: 2 });
    expect(done.charged + done.refunded).toBe(3);

    const jobLeads = await db.select().from(leads).where(eq(leads.jobId, job.id));
    expect(jobLeads.map((l) => l.domain).sort()).toEqual(["ledgerbloom.co", "pailwright.com", "verdantlogix.com"]);
    // The known company was left alone: still one lead, from before the run.
    expect(await db.select().from(leads).where(and(eq(leads.workspaceId, user.workspace.id), eq(leads.domain, "sprigwell-foods.com"), isNull(leads.jobId)))).toHaveLength(1);

    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.jobId, job.id)).orderBy(quotaLedger.id);
    expect(ledger[0]).toMatchObject({ kind: "reserve", amount: 3 });
    expect(ledger.slice(1).every((r) => r.leadId !== null && r.amount === 1)).toBe(true);
    expect(ledger.filter((r) => r.kind === "charge")).toHaveLength(done.charged);

    const receipt = await api.jobs.receipt.query({ id: job.id });
    expect(receipt).toMatchObject({ status: "completed", source: "domains", requested: 3, found: 3, skippedFree: 2, charged: done.charged, refunded: done.refunded });
    expect(receipt!.refunds).toHaveLength(done.refunded);
    expect(await api.jobs.receipt.query({})).toMatchObject({ jobId: job.id });

    const stranger = apiClient(baseUrl, (await createSignedInUser(db, baseUrl)).cookie);
    await expect(stranger.jobs.receipt.query({ id: job.id })).rejects.toThrow("No such run in this workspace.");
  });

  it("reads a 4 MB, 5,000-row CSV over HTTP, and refuses a larger one naming the limit", async () => {
    const user = await createSignedInUser(db, baseUrl, { plan: "starter" });
    const api = apiClient(baseUrl, user.cookie);
    const rows = Array.from({ length: 5_000 }, (_, i) => `company-${i}.com;${"n".repeat(850)}`);
    const csv = Buffer.from(["Domínio;Notas", ...rows].join("\r\n"), "utf8");
    expect(csv.length).toBeGreaterThan(4 * 1024 * 1024);
    const estimate = await api.jobs.estimate.mutate({ source: { kind: "csv", fileName: "big.csv", contentBase64: csv.toString("base64") } });
    expect(estimate).toMatchObject({ leads: 100, leftOver: 4_900, fits: false, shortBy: 25, maxCount: 75, quota: { planLabel: "Starter", remaining: 75 } });
    expect(estimate.import).toMatchObject({ rows: 5_000, delimiter: ";", column: { name: "Domínio", detectedBy: "header" } });

    const tooBig = Buffer.alloc(5.5 * 1024 * 1024, 0x61).toString("base64");
    const error = await api.jobs.estimate.mutate({ source: { kind: "csv", fileName: "huge.csv", contentBase64: tooBig } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).message).toMatch(/larger than 5 MB, the limit per upload/);
  });
});
