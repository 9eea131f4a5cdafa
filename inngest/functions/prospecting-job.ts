import { queryPlanner } from "@/inngest/agents/query-planner";
import { inngest } from "@/inngest/client";
import { jobFinished, jobRequested, leadEnrichmentRequested, webhookDeliveryRequest } from "@/inngest/events";
import { scopeFor } from "@/inngest/pipeline/scope-for";
import { getBusinessContext } from "@/server/domain/business-context/get-business-context";
import { discoverNextLead } from "@/server/domain/jobs/discover-next-lead";
import { finishDiscovery } from "@/server/domain/jobs/finish-discovery";
import { isJobFinished } from "@/server/domain/jobs/is-job-finished";
import { markJobRunning } from "@/server/domain/jobs/mark-job-running";
import { saveJobQueries } from "@/server/domain/jobs/save-job-queries";
import { getWorkspaceSettings } from "@/server/domain/settings/get-workspace-settings";
import { listUnsentWebhookDeliveries } from "@/server/domain/webhooks/list-unsent-webhook-deliveries";
import { getSearchProvider } from "@/server/pipeline/demo-services";

/**
 * A run from start to end: plan searches from the ICP, discover companies one at a time (each
 * lead and its `lead_generated` event committed as it is found, its enrichment started at
 * once), then wait until every lead has settled. `pipeline_end` is written by whichever of
 * discovery and the last lead finishes last.
 */
export const prospectingJob = inngest.createFunction(
  { id: "prospecting-job", retries: 2, triggers: [jobRequested] },
  async ({ event, step }) => {
    const { workspaceId, jobId } = event.data;
    const scope = await scopeFor(workspaceId);
    const job = await step.run("start", () => markJobRunning(scope, jobId));

    if (job.source.kind === "search") {
      await step.run("plan-queries", async () => {
        const [context, settings] = await Promise.all([getBusinessContext(scope), getWorkspaceSettings(scope)]);
        const extra = job.source.kind === "search" && job.source.query ? [job.source.query] : [];
        return saveJobQueries(scope, jobId, [...extra, ...queryPlanner(context, settings.language).queries]);
      });
    }

    let found = 0;
    for (let index = 0; index < job.requestedCount; index++) {
      const discovery = await step.run(`discover-${index}`, async () => {
        const result = await discoverNextLead(scope, { jobId, index }, { search: await getSearchProvider() });
        return { leadId: result.lead?.id ?? null, duplicates: result.duplicates };
      });
      if (!discovery.leadId) break;
      found += 1;
      await step.sendEvent(`enrich-${index}`, leadEnrichmentRequested.create({ workspaceId, jobId, leadId: discovery.leadId }));
    }

    const { completed } = await step.run("discovery-complete", () => finishDiscovery(scope, jobId));
    if (!completed) {
      // A lead that finishes between two checks wakes the wait; one missed wakes the next check.
      for (let check = 0; check < 240; check++) {
        if (await step.run(`check-${check}`, () => isJobFinished(scope, jobId))) break;
        await step.waitForEvent(`leads-settled-${check}`, { event: jobFinished, if: `async.data.jobId == "${jobId}"`, timeout: "30s" });
      }
    }
    // job.completed (when discovery finished last) and quota refunds are in the outbox: send them.
    const deliveries = await step.run("find-webhook-deliveries", () => listUnsentWebhookDeliveries(scope));
    if (deliveries.length > 0) await step.sendEvent("request-webhook-deliveries", deliveries.map((id) => webhookDeliveryRequest(workspaceId, id)));
    return { jobId, found };
  },
);
