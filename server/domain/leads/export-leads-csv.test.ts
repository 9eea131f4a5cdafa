import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { leadFacts, leads } from "@/db/schema";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { createLead } from "./create-lead";
import { exportLeadsCsv } from "./export-leads-csv";

const { db } = openTestDb();

describe("exportLeadsCsv", () => {
  it("writes each lead with its facts, their sources, methods and confidence, and only this workspace's", async () => {
    const { scope, member } = await createTestMember(db);
    const lead = await createLead(scope, { domain: uniqueDomain("acme"), createdBy: member.userId });
    await db.insert(leadFacts).values([
      { workspaceId: scope.workspaceId, leadId: lead.id, agent: "company-profiler", key: "company.name", value: "Acme, \"Inc\"", method: "parsed", sourceUrl: `http://${lead.domain}/about`, confidence: 0.9 },
      { workspaceId: scope.workspaceId, leadId: lead.id, agent: "company-profiler", key: "company.social", value: ["https://x.test/acme", "=HYPERLINK(1)"], method: "parsed", sourceUrl: null, confidence: 0.8 },
    ]);
    const other = await createTestMember(db);
    await createLead(other.scope, { domain: uniqueDomain("secret"), createdBy: other.member.userId });

    const parsed = Papa.parse<Record<string, string>>(await exportLeadsCsv(scope), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]).toMatchObject({
      domain: lead.domain,
      stage: "prospecting",
      "company.name": 'Acme, "Inc"',
      "company.name source": `http://${lead.domain}/about`,
      "company.name method": "parsed",
      "company.name confidence": "0.90",
    });
    expect(parsed.data[0]!["company.social"]).toBe("https://x.test/acme; =HYPERLINK(1)");
  });

  it("writes the email as its subject and body, reasoning as its lines, and the lead's plan and why", async () => {
    const { scope, member } = await createTestMember(db);
    const lead = await createLead(scope, { domain: uniqueDomain("mail"), createdBy: member.userId });
    await db.update(leads).set({ plan: "limited", planReason: "Fit 30/100 is below your threshold of 50" }).where(eq(leads.id, lead.id));
    const cites = [{ key: "signal.hiring", agent: "buying-signals", sourceUrl: "https://x.test/careers" }];
    await db.insert(leadFacts).values([
      { workspaceId: scope.workspaceId, leadId: lead.id, agent: "outreach-writer", key: "outreach.email", value: { subject: "Hello", body: "Hi Ana,\n\nSaw you are hiring.", greeting: "Hi Ana,", lines: [], citations: [] }, method: "fallback", sourceUrl: null, confidence: 0.4 },
      { workspaceId: scope.workspaceId, leadId: lead.id, agent: "objection-handler", key: "objection.responses", value: { items: [{ objection: "No budget", response: "Show the numbers", cites }] }, method: "llm", sourceUrl: null, confidence: 0.7 },
    ]);
    const [row] = Papa.parse<Record<string, string>>(await exportLeadsCsv(scope), { header: true }).data;
    expect(row!["outreach.email"]).toBe("Subject: Hello\n\nHi Ana,\n\nSaw you are hiring.");
    expect(row!["objection.responses"]).toBe("No budget: Show the numbers");
    expect(row).toMatchObject({ plan: "limited", plan_reason: "Fit 30/100 is below your threshold of 50" });
  });

  it("neutralises cells that a spreadsheet would run as formulas", async () => {
    const { scope, member } = await createTestMember(db);
    const lead = await createLead(scope, { domain: uniqueDomain("formula"), createdBy: member.userId });
    await db.insert(leadFacts).values({ workspaceId: scope.workspaceId, leadId: lead.id, agent: "company-profiler", key: "company.name", value: "=cmd|' /C calc'!A0", method: "parsed", sourceUrl: null, confidence: 0.5 });
    const parsed = Papa.parse<Record<string, string>>(await exportLeadsCsv(scope), { header: true });
    expect(parsed.data[0]!["company.name"]).toBe("'=cmd|' /C calc'!A0");
  });
});
