import { describe, expect, it } from "vitest";
import { leads } from "@/db/schema";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { listLeadsPage } from "./list-leads-page";

const { db } = openTestDb();

describe("listLeadsPage", () => {
  it("pages through every lead once, oldest first, even with equal timestamps and leads added mid-way", async () => {
    const { scope } = await createTestMember(db);
    const other = await createTestMember(db);
    const at = new Date("2020-01-01T00:00:00.000Z");
    // Same created_at for all: the id breaks ties, so the order is still total.
    const rows = await db
      .insert(leads)
      .values(Array.from({ length: 5 }, () => ({ workspaceId: scope.workspaceId, domain: uniqueDomain(), createdAt: at })))
      .returning({ id: leads.id });
    await db.insert(leads).values({ workspaceId: other.scope.workspaceId, domain: uniqueDomain() });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listLeadsPage(scope, { cursor, limit: 2 });
      seen.push(...page.leads.map((l) => l.id));
      if (pages === 0) await db.insert(leads).values({ workspaceId: scope.workspaceId, domain: uniqueDomain("late") });
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen.slice(0, 5)).toEqual(rows.map((r) => r.id).sort());
    expect(pages).toBe(3);
  });

  it("refuses a cursor that is not its own", async () => {
    const a = await createTestMember(db);
    const b = await createTestMember(db);
    await db.insert(leads).values([{ workspaceId: a.scope.workspaceId, domain: uniqueDomain() }, { workspaceId: a.scope.workspaceId, domain: uniqueDomain() }]);
    const { nextCursor } = await listLeadsPage(a.scope, { limit: 1 });
    await expect(listLeadsPage(b.scope, { cursor: nextCursor!, limit: 1 })).rejects.toMatchObject({ code: "INVALID_INPUT", field: "cursor" });
    await expect(listLeadsPage(a.scope, { cursor: "garbage", limit: 1 })).rejects.toMatchObject({ code: "INVALID_INPUT", field: "cursor" });
  });
});
