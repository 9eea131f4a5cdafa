import { tracked } from "@trpc/server";
import { streamEventsInput } from "@/server/api/schemas/events";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getEventBus } from "@/server/realtime/get-event-bus";
import { streamWorkspaceEvents } from "@/server/realtime/stream-workspace-events";

export const eventsRouter = createTRPCRouter({
  stream: protectedProcedure.input(streamEventsInput).subscription(async function* ({ ctx, input, signal }) {
    const bus = await getEventBus();
    const lastEventId = input.lastEventId ? Number(input.lastEventId) : null;
    for await (const event of streamWorkspaceEvents({ scope: ctx.scope, bus, lastEventId, signal })) {
      yield tracked(String(event.id), event);
    }
  }),
});
