import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prospectingJobs } from "@/db/schema";
import { until } from "./spawn-process";

/** Waits until a prospecting job has completed or failed, and returns its row. */
export async function waitForJob(db: Db, jobId: string, timeoutMs = 90_000) {
  const read = () => db.query.prospectingJobs.findFirst({ where: eq(prospectingJobs.id, jobId) });
  await until(async () => ["completed", "failed"].includes((await read())?.status ?? ""), `job ${jobId} to finish`, timeoutMs);
  return (await read())!;
}
