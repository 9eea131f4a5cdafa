import { env } from "@/server/env";
import { getEventBus } from "@/server/realtime/get-event-bus";
import { eventsResumeInput } from "@/server/public-api/api-inputs";
import { eventStreamResponse } from "@/server/public-api/event-stream-response";
import { withApiKey } from "@/server/public-api/with-api-key";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
// Held open like the board's stream; it ends after STREAM_MAX_DURATION_MS and the client resumes by Last-Event-ID.
export const maxDuration = 300;

/** GET /api/v1/events: the workspace's events as server-sent events, resuming after Last-Event-ID or `?after=`. */
export const GET = withApiKey(async (request, { scope }) => {
  const resume = eventsResumeInput.parse({
    "Last-Event-ID": request.headers.get("last-event-id") || undefined,
    after: new URL(request.url).searchParams.get("after") ?? undefined,
  });
  const from = resume["Last-Event-ID"] ?? resume.after;
  const bus = await getEventBus();
  return eventStreamResponse({ scope, bus, lastEventId: from === undefined ? null : Number(from), signal: request.signal, maxDurationMs: env.STREAM_MAX_DURATION_MS });
});
