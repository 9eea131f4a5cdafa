import { z } from "zod";

export const streamEventsInput = z.object({
  // Sent back by the client (or the Last-Event-ID header) to resume right after the last event it saw.
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/, "lastEventId must be the numeric id of an event")
    .nullish(),
});
