import { eventsRouter } from "./routers/events";
import { jobsRouter } from "./routers/jobs";
import { leadsRouter } from "./routers/leads";
import { quotaRouter } from "./routers/quota";
import { settingsRouter } from "./routers/settings";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  leads: leadsRouter,
  events: eventsRouter,
  jobs: jobsRouter,
  quota: quotaRouter,
  settings: settingsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
