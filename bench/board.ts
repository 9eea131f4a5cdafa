import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { leads } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { publishEvent } from "@/server/domain/events/publish-event";
import { toLeadView } from "@/server/domain/leads/lead-view";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import { launchBrowser, signInThroughForm } from "@/tests/support/browser";
import { summarize, type Summary } from "./lib/stats";

const EVENTS_PER_SECOND = 100;
const STREAM_SECONDS = 10;
const stages = ["prospecting", "qualification", "analysis_refinement", "possibly_qualified", "in_review", "first_contact", "negotiation", "meeting_scheduled", "disqualified"] as const;
const tiers = ["high", "medium", "low", "not_qualified"] as const;

export type BoardResult = {
  leads: number;
  firstPaintMs: number;
  firstContentfulPaintMs: number;
  cardsOnScreenMs: number;
  cardsRendered: number;
  eventsSent: number;
  streamFrames: Summary;
  scrollFrames: Summary;
};

/**
 * The board with `count` leads in Chromium: first paint, time until the cards are on screen, and
 * frame times while 100 events a second stream in and while a column scrolls. It creates its own
 * workspace (bench-<random>@example.com).
 */
export async function measureBoard({ baseUrl, db, count = 10_000 }: { baseUrl: string; db: Db; count?: number }): Promise<BoardResult> {
  const email = `bench-${randomBytes(4).toString("hex")}@example.com`;
  const password = "bench-password-123";
  const { workspace } = await createUserWithWorkspace({ db }, { email, name: "Bench", workspaceName: "Board bench", passwordHash: await hashPassword(password) });
  const rows = Array.from({ length: count }, (_, i) => ({
    workspaceId: workspace.id,
    domain: `bench-company-${i}.com`,
    companyName: `Bench Company ${i}`,
    stage: stages[i % stages.length]!,
    status: "enriched" as const,
    score: (i * 37) % 101,
    tier: tiers[i % tiers.length]!,
    industry: ["Logistics", "Retail", "Healthcare", "SaaS"][i % 4]!,
    position: i,
    progressDone: 3,
    progressTotal: 3,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.insert(leads).values(rows.slice(i, i + 1000));

  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await signInThroughForm(page, baseUrl, email, password);
  // A cold load of the board, measured by the browser itself.
  const started = Date.now();
  await page.goto(`${baseUrl}/board`);
  await page.locator('[data-testid="column-prospecting"] [data-testid="lead-card"]').first().waitFor();
  const boardReadyMs = Date.now() - started;
  const paint = (await page.evaluate(`performance.getEntriesByType("paint").map((p) => [p.name, Math.round(p.startTime)])`)) as [string, number][];
  const cardsRendered = await page.locator('[data-testid="lead-card"]').count();

  // Strings, not functions: tsx decorates functions with helpers the page does not have.
  const recordFrames = () =>
    page.evaluate(`(() => {
      window.__frames = []; window.__stop = false; window.__last = performance.now();
      const tick = (t) => { window.__frames.push(t - window.__last); window.__last = t; if (!window.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
  const stopFrames = () => page.evaluate(`(() => { window.__stop = true; return window.__frames.slice(2); })()`) as Promise<number[]>;

  await recordFrames();
  const ids = await db.select({ id: leads.id }).from(leads).where(sql`${leads.workspaceId} = ${workspace.id}`).limit(500);
  const until = Date.now() + STREAM_SECONDS * 1000;
  let sent = 0;
  while (Date.now() < until) {
    const tickStart = Date.now();
    await Promise.all(
      Array.from({ length: EVENTS_PER_SECOND / 10 }, async () => {
        const { id } = ids[sent++ % ids.length]!;
        const [row] = await db.update(leads).set({ score: sent % 101, updatedAt: new Date() }).where(sql`${leads.id} = ${id}`).returning();
        await publishEvent({ db }, { workspaceId: workspace.id, leadId: id, type: "lead_updated", payload: { lead: toLeadView(row!) } });
      }),
    );
    await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - tickStart))));
  }
  const streamFrames = await stopFrames();

  await recordFrames();
  const column = page.locator('[data-testid="column-prospecting"] .overflow-y-auto');
  for (let i = 0; i < 60; i++) {
    await column.evaluate("(el) => el.scrollBy(0, 400)");
    await page.waitForTimeout(16);
  }
  const scrollFrames = await stopFrames();
  await browser.close();
  const paints = Object.fromEntries(paint);
  return {
    leads: count,
    firstPaintMs: paints["first-paint"] ?? 0,
    firstContentfulPaintMs: paints["first-contentful-paint"] ?? 0,
    cardsOnScreenMs: boardReadyMs,
    cardsRendered,
    eventsSent: sent,
    streamFrames: summarize(streamFrames),
    scrollFrames: summarize(scrollFrames),
  };
}
