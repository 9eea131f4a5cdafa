import { eventType } from "inngest";
import { z } from "zod";

const ids = { workspaceId: z.uuid(), jobId: z.uuid() };

/** A user started a run (jobs.start): discover leads and enrich each. */
export const jobRequested = eventType("prospecting/job.requested", { schema: z.object(ids) });

/** One discovered lead to enrich. */
export const leadEnrichmentRequested = eventType("prospecting/lead.enrichment-requested", {
  schema: z.object({ ...ids, leadId: z.uuid() }),
});

/** The last lead of a job settled: the job's run can stop waiting. */
export const jobFinished = eventType("prospecting/job.finished", { schema: z.object(ids) });

/** One webhook delivery (already in the outbox) to attempt. */
export const webhookDeliveryRequested = eventType("webhooks/delivery.requested", {
  schema: z.object({ workspaceId: z.uuid(), deliveryId: z.uuid() }),
});

/** The request for a delivery's first round: its fixed event id makes repeated lookups start one run. */
export const webhookDeliveryRequest = (workspaceId: string, deliveryId: string) =>
  webhookDeliveryRequested.create({ workspaceId, deliveryId }, { id: `webhook-delivery-${deliveryId}` });
