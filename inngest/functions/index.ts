import { deliverWebhook } from "./deliver-webhook";
import { enrichLead } from "./enrich-lead";
import { prospectingJob } from "./prospecting-job";

/** Every function the app serves at /api/inngest. Function ids are never renamed. */
export const functions = [prospectingJob, enrichLead, deliverWebhook];
