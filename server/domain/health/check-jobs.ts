export type JobsCheck = "ok" | "configured" | "down";
export type JobsConfig = { INNGEST_DEV?: string; INNGEST_BASE_URL?: string; INNGEST_SIGNING_KEY?: string; INNGEST_EVENT_KEY?: string };

const DEV_SERVER = "http://localhost:8288";

/** Where the job engine is when it is ours to reach (the bundled engine or a dev server), else null. */
export function jobsEngineUrl(config: JobsConfig): string | null {
  if (config.INNGEST_BASE_URL) return config.INNGEST_BASE_URL;
  const dev = config.INNGEST_DEV?.trim();
  if (!dev || dev === "0" || dev === "false") return null;
  return /^https?:\/\//.test(dev) ? dev : DEV_SERVER;
}

/**
 * The job engine answers its `/health`; on Inngest Cloud (keys and no base URL), whose health is
 * not ours to probe, having both keys is as far as we can check: "configured".
 */
export async function checkJobs(config: JobsConfig, opts: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<JobsCheck> {
  const url = jobsEngineUrl(config);
  if (!url) return config.INNGEST_SIGNING_KEY && config.INNGEST_EVENT_KEY ? "configured" : "down";
  try {
    const res = await (opts.fetch ?? fetch)(new URL("/health", url), { signal: AbortSignal.timeout(opts.timeoutMs ?? 3_000), cache: "no-store" });
    return res.ok ? "ok" : "down";
  } catch {
    return "down";
  }
}
