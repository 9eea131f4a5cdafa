import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { limitJobStarts } from "./limit-job-starts";

const { db } = openTestDb();

describe("limitJobStarts", () => {
  it("allows 10 started runs a minute per workspace, counting only starts that went through", async () => {
    const { scope } = await createTestMember(db);
    const at = new Date("2026-11-27T10:00:50Z");
    const failing = limitJobStarts(scope, () => Promise.reject(new AppError("CONFLICT", "A run is already going")), at);
    await expect(failing).rejects.toThrow("A run is already going");
    for (let i = 0; i < 10; i++) expect(await limitJobStarts(scope, async () => i, at)).toBe(i);
    let ran = false;
    const refused = await limitJobStarts(scope, async () => (ran = true), at).catch((e: unknown) => e);
    expect(ran).toBe(false);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "RATE_LIMITED", httpStatus: 429, message: "You started 10 runs in the last minute; wait 10 s." });
    expect(await limitJobStarts(scope, async () => "next minute", new Date("2026-11-27T10:01:00Z"))).toBe("next minute");
  });
});
