import { describe, expect, it } from "vitest";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";
import type { LeadView } from "@/server/domain/leads/lead-view";
import { applyBoardEvents } from "./apply-board-events";
import { groupByColumn } from "./board-columns";

let seq = 0;
function lead(domain: string, overrides: Partial<LeadView> = {}): LeadView {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, "0")}`,
    jobId: null,
    domain,
    companyName: null,
    stage: "prospecting",
    status: "new",
    score: null,
    position: 0,
    industry: null,
    tier: null,
    source: "manual",
    progressDone: 0,
    progressTotal: 0,
    currentAgent: null,
    statusMessage: null,
    plan: null,
    planReason: null,
    error: null,
    createdAt: new Date("2026-11-27T10:00:00Z"),
    updatedAt: new Date("2026-11-27T10:00:00Z"),
    ...overrides,
  };
}

function event(id: number, l: LeadView, name: WorkspaceEvent["name"] = "lead-created"): WorkspaceEvent {
  // Payloads arrive as JSON: dates are strings.
  return {
    id,
    name,
    type: name === "lead-created" ? "lead_generated" : "lead_updated",
    workspaceId: "w",
    jobId: null,
    leadId: l.id,
    payload: { lead: JSON.parse(JSON.stringify(l)) },
    createdAt: new Date(),
  };
}

describe("applyBoardEvents", () => {
  it("adds created leads newest first and advances the cursor", () => {
    const old = lead("old.com");
    const a = lead("a.com");
    const b = lead("b.com");
    const next = applyBoardEvents({ leads: [old], cursor: 10 }, [event(11, a), event(12, b)]);
    expect(next.leads.map((l) => l.domain)).toEqual(["b.com", "a.com", "old.com"]);
    expect(next.cursor).toBe(12);
    expect(next.leads[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("ignores events the snapshot already reflects, so a replay changes nothing", () => {
    const a = lead("a.com");
    const snapshot = applyBoardEvents({ leads: [], cursor: 0 }, [event(1, a)]);
    expect(applyBoardEvents(snapshot, [event(1, a)])).toBe(snapshot);
  });

  it("updates a known lead in place, moving it to its new column", () => {
    const a = lead("a.com");
    const snapshot = applyBoardEvents({ leads: [], cursor: 0 }, [event(1, a)]);
    const moved = applyBoardEvents(snapshot, [event(2, { ...a, stage: "negotiation", status: "enriched" }, "lead-updated")]);
    expect(moved.leads).toHaveLength(1);
    expect(groupByColumn(moved.leads).negotiation.map((l) => l.domain)).toEqual(["a.com"]);
  });

  it("shows queued, running and failed leads in the live processing column", () => {
    const groups = groupByColumn([lead("q.com", { status: "queued" }), lead("p.com", { status: "processing" }), lead("f.com", { status: "failed" }), lead("n.com")]);
    expect(groups.processing.map((l) => l.domain)).toEqual(["q.com", "p.com", "f.com"]);
    expect(groups.prospecting.map((l) => l.domain)).toEqual(["n.com"]);
  });
});
