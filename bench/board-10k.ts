/**
 * The board with 10,000 leads in Chromium, on its own (`npm run bench` runs it too):
 *
 *   npm run build && npm start            # in one terminal (embedded defaults are fine)
 *   npm run bench:board                   # BASE_URL / DATABASE_URL to point elsewhere
 */
import { createDatabaseClient } from "@/db/client";
import { startEmbeddedPostgres } from "@/db/embedded-postgres";
import { measureBoard } from "./board";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";

async function main() {
  const url = process.env.DATABASE_URL ?? (await startEmbeddedPostgres({ dataRoot: process.env.DATA_DIR ?? ".data" })).url;
  const { db, sql } = createDatabaseClient(url, { max: 4 });
  const result = await measureBoard({ baseUrl: BASE_URL, db, count: Number(process.env.LEADS ?? 10_000) });
  await sql.end();
  const line = (name: string, f: typeof result.streamFrames) => `${name}: ${f.n} frames, p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, worst ${f.max.toFixed(1)} ms`;
  console.info(`first paint ${result.firstPaintMs} ms, first contentful paint ${result.firstContentfulPaintMs} ms; cards on screen in ${result.cardsOnScreenMs} ms; ${result.cardsRendered} cards rendered of ${result.leads}`);
  console.info(line(`while ${result.eventsSent} events streamed (100/s)`, result.streamFrames));
  console.info(line("while scrolling a column", result.scrollFrames));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
