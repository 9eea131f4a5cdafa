import { adminRouter } from "./routers/admin";
import { apiKeysRouter } from "./routers/api-keys";
import { eventsRouter } from "./routers/events";
import { jobsRouter } from "./routers/jobs";
import { leadsRouter } from "./routers/leads";
import { quotaRouter } from "./routers/quota";
import { settingsRouter } from "./routers/settings";
import { webhooksRouter } from "./routers/webhooks";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  leads: leadsRouter,
  events: eventsRouter,
  jobs: jobsRouter,
  quota: quotaRouter,
  settings: settingsRouter,
  apiKeys: apiKeysRouter,
  webhooks: webhooksRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
