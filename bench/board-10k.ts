/**
 * The board with 10,000 leads in Chromium: first paint, time until the cards are on screen, and
 * frame times while 100 events a second stream in and while a column scrolls.
 *
 *   npm run build && npm start            # in one terminal (embedded defaults are fine)
 *   npm run bench:board                   # BASE_URL / DATABASE_URL to point elsewhere
 *
 * It creates its own workspace (bench-<random>@example.com) and leaves it there.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { createDatabaseClient } from "@/db/client";
import { startEmbeddedPostgres } from "@/db/embedded-postgres";
import { leads } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { publishEvent } from "@/server/domain/events/publish-event";
import { toLeadView } from "@/server/domain/leads/lead-view";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import { launchBrowser, signInThroughForm } from "@/tests/support/browser";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";
const LEADS = Number(process.env.LEADS ?? 10_000);
const EVENTS_PER_SECOND = 100;
const STREAM_SECONDS = 10;
const stages = ["prospecting", "qualification", "analysis_refinement", "possibly_qualified", "in_review", "first_contact", "negotiation", "meeting_scheduled", "disqualified"] as const;
const tiers = ["high", "medium", "low", "not_qualified"] as const;

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

async function main() {
  const url = process.env.DATABASE_URL ?? (await startEmbeddedPostgres({ dataRoot: process.env.DATA_DIR ?? ".data" })).url;
  const { db, sql: pg } = createDatabaseClient(url, { max: 4 });
  const email = `bench-${randomBytes(4).toString("hex")}@example.com`;
  const password = "bench-password-123";
  const { workspace } = await createUserWithWorkspace({ db }, { email, name: "Bench", workspaceName: "Board bench", passwordHash: await hashPassword(password) });
  const rows = Array.from({ length: LEADS }, (_, i) => ({
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
  console.info(`seeded ${LEADS} leads in workspace ${workspace.id}`);

  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await signInThroughForm(page, BASE_URL, email, password);
  // A cold load of the board, measured by the browser itself.
  const started = Date.now();
  await page.goto(`${BASE_URL}/board`);
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
  await pg.end();

  const line = (name: string, frames: number[]) =>
    `${name}: ${frames.length} frames, p50 ${pct(frames, 0.5).toFixed(1)} ms, p95 ${pct(frames, 0.95).toFixed(1)} ms, worst ${Math.max(...frames).toFixed(1)} ms`;
  console.info(`first paint ${JSON.stringify(Object.fromEntries(paint))} ms; board with cards in ${boardReadyMs} ms; ${cardsRendered} cards rendered of ${LEADS}`);
  console.info(line(`while ${sent} events streamed (${EVENTS_PER_SECOND}/s)`, streamFrames));
  console.info(line("while scrolling a 1,112-card column", scrollFrames));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
