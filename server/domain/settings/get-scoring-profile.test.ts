import { describe, expect, it } from "vitest";
import { scoringProfiles } from "@/db/schema";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { getScoringProfile } from "./get-scoring-profile";
import { saveScoringProfile } from "./save-scoring-profile";
import { defaultScoringWeights, scoringCriteria, sumWeights } from "./scoring-criteria";

const { db } = openTestDb();

describe("scoring profile", () => {
  it("names every criterion in both languages, with defaults that add up to 100", () => {
    expect(scoringCriteria.map((c) => c.id)).toEqual(["industry_fit", "geography_fit", "company_size_fit", "buying_signals", "tech_fit", "reachability"]);
    for (const c of scoringCriteria) {
      expect(c.label.en && c.label["pt-BR"] && c.description.en && c.description["pt-BR"]).toBeTruthy();
      expect(c.label.en).not.toBe(c.label["pt-BR"]);
    }
    expect(sumWeights(defaultScoringWeights)).toBe(100);
  });

  it("refuses, from any caller, weights that do not make 100, and keeps what was saved", async () => {
    const { scope } = await createTestMember(db);
    const saved = await saveScoringProfile(scope, { weights: { ...defaultScoringWeights, industry_fit: 5, tech_fit: 30 }, threshold: 40 });
    await expect(saveScoringProfile(scope, { weights: { ...defaultScoringWeights, industry_fit: 50 }, threshold: 40 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "weights",
      message: "The weights add up to 125; they must add up to exactly 100 (25 to take away).",
    });
    await expect(saveScoringProfile(scope, { weights: defaultScoringWeights, threshold: -1 })).rejects.toMatchObject({ code: "INVALID_INPUT", field: "threshold" });
    expect(await getScoringProfile(scope)).toEqual(saved);
  });

  it("falls back to the default weights if a stored profile no longer adds up (criteria changed), keeping its threshold", async () => {
    const { scope } = await createTestMember(db);
    await db.insert(scoringProfiles).values({ workspaceId: scope.workspaceId, weights: { industry_fit: 60, retired_criterion: 40 }, threshold: 70 });
    expect(await getScoringProfile(scope)).toMatchObject({ weights: defaultScoringWeights, threshold: 70, isDefault: true });
  });
});
