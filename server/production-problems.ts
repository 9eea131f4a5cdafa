/** The settings a deployment is judged by (parsed env, or a test's own). */
export type DeploymentSettings = {
  NODE_ENV: "development" | "test" | "production";
  DATABASE_URL?: string;
  AUTH_SECRET?: string;
  SEED_DEMO: boolean;
  DEMO_WEB?: boolean;
  DEMO_DEPLOYMENT: boolean;
  CRAWLER_ALLOW_PRIVATE_NETWORKS?: boolean;
  INNGEST_SIGNING_KEY?: string;
  INNGEST_EVENT_KEY?: string;
  INNGEST_DEV?: string;
};

/**
 * What would make this a broken or unsafe production deployment, one sentence each. Production
 * means `NODE_ENV=production` on a real database: `npm start` on the embedded one is a local demo.
 * `DEMO_DEPLOYMENT=1` says a deployment is a public demo on purpose (seeded accounts, the fictional
 * web and the dev-mode engine are then wanted); it never excuses a missing AUTH_SECRET.
 */
export function productionProblems(s: DeploymentSettings): string[] {
  if (s.NODE_ENV !== "production" || !s.DATABASE_URL) return [];
  const problems: string[] = [];
  if (!s.AUTH_SECRET) problems.push("AUTH_SECRET is not set: sessions cannot be signed. Generate one with `openssl rand -base64 32`.");
  if (s.DEMO_DEPLOYMENT) return problems;
  const demo = " Set DEMO_DEPLOYMENT=1 only if this deployment is meant to be a public demo.";
  if (!s.INNGEST_SIGNING_KEY || !s.INNGEST_EVENT_KEY) {
    const missing = [!s.INNGEST_SIGNING_KEY && "INNGEST_SIGNING_KEY", !s.INNGEST_EVENT_KEY && "INNGEST_EVENT_KEY"].filter(Boolean).join(" and ");
    problems.push(`${missing} ${missing.includes(" and ") ? "are" : "is"} not set: pipelines cannot run, and /api/inngest would not check who calls it. Install the Inngest Vercel integration or copy both keys from the Inngest dashboard.`);
  }
  if (s.INNGEST_DEV) problems.push(`INNGEST_DEV is set: the SDK would run in dev mode and accept unsigned calls to /api/inngest. Unset it.${demo}`);
  if (s.SEED_DEMO) problems.push(`SEED_DEMO is on: it creates demo accounts whose passwords are published in the README. Unset it.${demo}`);
  if (s.DEMO_WEB) problems.push(`DEMO_WEB is on: prospecting would search a fictional web instead of the real one. Unset it.${demo}`);
  if (s.CRAWLER_ALLOW_PRIVATE_NETWORKS) {
    problems.push(`CRAWLER_ALLOW_PRIVATE_NETWORKS is on: a prospect's site could point the crawler at this network's private and loopback addresses. Unset it.${demo}`);
  }
  return problems;
}

/** One message naming every problem, for the log of a deployment that refuses to start. */
export function productionProblemsMessage(problems: string[]): string {
  return [`Nellia Prospector will not start in production until ${problems.length === 1 ? "this is" : `these ${problems.length} are`} fixed:`, ...problems.map((p) => `  - ${p}`)].join("\n");
}
