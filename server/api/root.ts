import { eventsRouter } from "./routers/events";
import { leadsRouter } from "./routers/leads";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  leads: leadsRouter,
  events: eventsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
