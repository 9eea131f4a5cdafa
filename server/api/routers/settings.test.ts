import { getErrorShape, TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { businessContexts, scoringProfiles } from "@/db/schema";
import { appRouter, createCaller } from "@/server/api/root";
import type { Context } from "@/server/api/trpc";
import type { Member } from "@/server/domain/workspaces/get-member";
import { defaultScoringWeights } from "@/server/domain/settings/scoring-criteria";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";

const { db } = openTestDb();

function callerFor(member: Member | null) {
  const ctx: Context = { db, headers: new Headers(), member, sessionExpired: false };
  return createCaller(ctx);
}

/** The error as an HTTP client would receive it: code, message and the field it is about. */
async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const shape = getErrorShape({ config: appRouter._def._config, error: error as TRPCError, type: "mutation", path: undefined, input: undefined, ctx: undefined });
  return { code: shape.data.code, message: shape.message, field: shape.data.field };
}

const emptyIcp = {
  businessDescription: "",
  productService: "",
  valueProposition: "",
  targetMarket: "",
  idealCustomer: "",
  painPoints: [],
  competitiveAdvantage: "",
  competitors: [],
  industryFocus: [],
  geographicFocus: [],
  extraQuery: null,
};

const fullIcp = {
  ...emptyIcp,
  businessDescription: "We build route planning software.",
  productService: "A SaaS that plans delivery routes.",
  idealCustomer: "Distributors with their own fleet of 20+ vans",
  industryFocus: ["logistics", "food distribution"],
};

const balancedWeights = { industry_fit: 30, geography_fit: 10, company_size_fit: 10, buying_signals: 30, tech_fit: 10, reachability: 10 };

describe("settings router", () => {
  it("refuses callers without a session", async () => {
    expect((await errorOf(callerFor(null).settings.businessContext())).code).toBe("UNAUTHORIZED");
    expect((await errorOf(callerFor(null).settings.saveLanguage({ language: "pt-BR" }))).code).toBe("UNAUTHORIZED");
  });

  it("returns an empty ICP, the default scoring profile and the workspace before anything is saved", async () => {
    const { member } = await createTestMember(db);
    const caller = callerFor(member);
    expect(await caller.settings.businessContext()).toEqual({
      ...emptyIcp,
      ready: false,
      missing: ["business description", "product or service", "ideal customer", "industry focus"],
    });
    expect(await caller.settings.scoringProfile()).toEqual({ weights: defaultScoringWeights, threshold: 50, isDefault: true, updatedAt: null });
    expect(Object.values(defaultScoringWeights).reduce((a, b) => a + b)).toBe(100);
    expect(await caller.settings.workspace()).toEqual({ name: member.workspaceName, plan: "free", planLabel: "Free", language: "en" });
  });

  it("saves and reads the ICP, with readiness following the required fields", async () => {
    const { member } = await createTestMember(db);
    const caller = callerFor(member);

    const partial = await caller.settings.saveBusinessContext({ ...emptyIcp, businessDescription: "  We build route planning software.  ", industryFocus: ["Logistics", " logistics ", "Retail"] });
    expect(partial).toMatchObject({ ready: false, missing: ["product or service", "ideal customer"] });
    expect(partial.businessDescription).toBe("We build route planning software.");
    expect(partial.industryFocus).toEqual(["Logistics", "Retail"]);

    const saved = await caller.settings.saveBusinessContext({ ...fullIcp, extraQuery: "   ", geographicFocus: ["Brazil"] });
    expect(saved).toMatchObject({ ready: true, missing: [], extraQuery: null, geographicFocus: ["Brazil"] });
    expect(await caller.settings.businessContext()).toEqual(saved);

    // Emptying a required field takes the workspace out of "ready" again.
    expect(await caller.settings.saveBusinessContext({ ...fullIcp, industryFocus: [] })).toMatchObject({ ready: false, missing: ["industry focus"] });
    const rows = await db.select().from(businessContexts).where(eq(businessContexts.workspaceId, member.workspaceId));
    expect(rows).toHaveLength(1);
  });

  it("rejects invalid ICP input with a field-specific message and writes nothing", async () => {
    const { member } = await createTestMember(db);
    const caller = callerFor(member);
    const before = await caller.settings.saveBusinessContext(fullIcp);

    expect(await errorOf(caller.settings.saveBusinessContext({ ...fullIcp, productService: "x".repeat(2001) }))).toEqual({
      code: "BAD_REQUEST",
      message: "productService: Product or service: keep it under 2000 characters",
      field: "productService",
    });
    expect(await errorOf(caller.settings.saveBusinessContext({ ...fullIcp, competitors: ["ok", "y".repeat(121)] }))).toMatchObject({
      message: "competitors.1: Competitors: keep each entry under 120 characters",
      field: "competitors.1",
    });
    expect(await errorOf(caller.settings.saveBusinessContext({ ...fullIcp, painPoints: Array.from({ length: 31 }, (_, i) => `pain ${i}`) }))).toMatchObject({
      field: "painPoints",
      message: "painPoints: Pain points: at most 30 entries",
    });
    expect(await caller.settings.businessContext()).toEqual(before);
  });

  it("saves a scoring profile and refuses weights that do not add up to 100", async () => {
    const { member } = await createTestMember(db);
    const caller = callerFor(member);

    const saved = await caller.settings.saveScoringProfile({ weights: balancedWeights, threshold: 65 });
    expect(saved).toMatchObject({ weights: balancedWeights, threshold: 65, isDefault: false });
    expect(await caller.settings.scoringProfile()).toEqual(saved);

    expect(await errorOf(caller.settings.saveScoringProfile({ weights: { ...balancedWeights, reachability: 5 }, threshold: 50 }))).toEqual({
      code: "BAD_REQUEST",
      message: "weights: The weights add up to 95; they must add up to exactly 100 (5 to add).",
      field: "weights",
    });
    expect(await errorOf(caller.settings.saveScoringProfile({ weights: { ...balancedWeights, tech_fit: 2.5, reachability: 17.5 }, threshold: 50 }))).toMatchObject({
      field: "weights.tech_fit",
      message: "weights.tech_fit: Technology fit: use a whole number from 0 to 100",
    });
    expect(await errorOf(caller.settings.saveScoringProfile({ weights: balancedWeights, threshold: 101 }))).toMatchObject({ field: "threshold" });
    // @ts-expect-error: a criterion missing from the profile is refused by name
    expect(await errorOf(caller.settings.saveScoringProfile({ weights: { ...balancedWeights, reachability: undefined }, threshold: 50 }))).toMatchObject({
      field: "weights.reachability",
    });

    expect(await caller.settings.scoringProfile()).toEqual(saved);
    const rows = await db.select().from(scoringProfiles).where(eq(scoringProfiles.workspaceId, member.workspaceId));
    expect(rows).toHaveLength(1);
  });

  it("changes the workspace language, and only to a language it knows", async () => {
    const { member } = await createTestMember(db);
    const caller = callerFor(member);
    expect(await caller.settings.saveLanguage({ language: "pt-BR" })).toMatchObject({ language: "pt-BR", name: member.workspaceName });
    expect((await caller.settings.workspace()).language).toBe("pt-BR");
    // @ts-expect-error: an unknown language is refused
    expect(await errorOf(caller.settings.saveLanguage({ language: "fr" }))).toMatchObject({ code: "BAD_REQUEST", field: "language" });
    expect((await caller.settings.workspace()).language).toBe("pt-BR");
  });

  it("never lets one workspace read or change another's settings", async () => {
    const a = await createTestMember(db);
    const b = await createTestMember(db);
    const callerA = callerFor(a.member);
    const callerB = callerFor(b.member);

    await callerA.settings.saveBusinessContext(fullIcp);
    await callerA.settings.saveScoringProfile({ weights: balancedWeights, threshold: 80 });
    await callerA.settings.saveLanguage({ language: "pt-BR" });

    expect(await callerB.settings.businessContext()).toMatchObject({ ...emptyIcp, ready: false });
    expect(await callerB.settings.scoringProfile()).toMatchObject({ isDefault: true, threshold: 50 });
    expect(await callerB.settings.workspace()).toMatchObject({ name: b.member.workspaceName, language: "en" });

    // B's saves land on B's rows and leave A's exactly as they were.
    const aBefore = { icp: await callerA.settings.businessContext(), scoring: await callerA.settings.scoringProfile(), workspace: await callerA.settings.workspace() };
    await callerB.settings.saveBusinessContext({ ...fullIcp, businessDescription: "B's business" });
    await callerB.settings.saveScoringProfile({ weights: defaultScoringWeights, threshold: 20 });
    await callerB.settings.saveLanguage({ language: "en" });
    expect({ icp: await callerA.settings.businessContext(), scoring: await callerA.settings.scoringProfile(), workspace: await callerA.settings.workspace() }).toEqual(aBefore);
    expect((await callerB.settings.businessContext()).businessDescription).toBe("B's business");
  });
});
