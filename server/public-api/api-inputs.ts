import { z } from "zod";

export const idParams = (what: "job" | "lead") => z.object({ id: z.uuid(`Not a ${what} id: use the id the API returned`) });

export const listLeadsQuery = z.object({
  cursor: z.string().max(200, "This cursor is not one the API gave out: pass next_cursor back unchanged").optional(),
  limit: z.coerce
    .number({ error: "limit must be a number from 1 to 100" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(100, "limit can be at most 100")
    .default(25),
});

const eventId = z.string().regex(/^\d{1,15}$/, "must be an event id (a whole number) the stream sent");

/** Where the stream resumes: the Last-Event-ID header (set by EventSource on reconnect) wins over `?after=`. */
export const eventsResumeInput = z.object({ "Last-Event-ID": eventId.optional(), after: eventId.optional() });
