import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient, expiredSessionCookie, signInCookie } from "@/tests/support/http-session";
import { openEventStream } from "@/tests/support/sse-client";

const baseUrl = inject("baseUrl");
const domain = (label: string) => `${label}-${randomBytes(4).toString("hex")}.com`;
const streams: { close: () => void }[] = [];
let demoCookie: string;
let otherCookie: string;

beforeAll(async () => {
  demoCookie = await signInCookie(baseUrl, "demo@nellia.dev", "demo-password");
  otherCookie = await signInCookie(baseUrl, "other@nellia.dev", "other-password");
});
afterAll(() => streams.forEach((s) => s.close()));

function stream(opts: Omit<Parameters<typeof openEventStream>[0], "baseUrl">) {
  const s = openEventStream({ baseUrl, ...opts });
  streams.push(s);
  return s;
}

describe("events.stream over SSE", () => {
  it("refuses anonymous and expired sessions with a 401 before streaming", async () => {
    const url = `${baseUrl}/api/trpc/events.stream?input=${encodeURIComponent('{"json":{}}')}`;
    const anonymous = await fetch(url, { headers: { accept: "text/event-stream" } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: "UNAUTHORIZED", message: "You need to sign in first." } });

    const expired = await fetch(url, { headers: { accept: "text/event-stream", cookie: await expiredSessionCookie(inject("authSecret")) } });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { error: { message: string } }).error.message).toBe("Your session has expired. Sign in again.");
  });

  it("streams a new lead to its workspace, resumes exactly after Last-Event-ID, and never leaks to another workspace", async () => {
    const demo = apiClient(baseUrl, demoCookie);
    const other = apiClient(baseUrl, otherCookie);
    const { cursor } = await demo.leads.list.query();

    const outsider = stream({ cookie: otherCookie });
    const first = stream({ cookie: demoCookie, lastEventId: String(cursor) });
    await Promise.all([outsider.ready, first.ready]);

    const d1 = domain("first");
    await demo.leads.create.mutate({ domain: d1 });
    const [e1] = await first.waitFor(1);
    expect(e1!.event).toMatchObject({ name: "lead-created", type: "lead_generated", payload: { lead: { domain: d1 } } });
    expect(e1!.id).toBe(String(e1!.event.id));
    first.close();

    // Written while no client is connected.
    const missed = [domain("missed-a"), domain("missed-b")];
    for (const d of missed) await demo.leads.create.mutate({ domain: d });

    const resumed = stream({ cookie: demoCookie, lastEventIdHeader: e1!.id });
    await resumed.ready;
    const backlog = await resumed.waitFor(2);
    expect(backlog.map((r) => r.event.payload.lead)).toMatchObject(missed.map((d) => ({ domain: d })));

    const live = domain("live");
    await demo.leads.create.mutate({ domain: live });
    const all = await resumed.waitFor(3);
    expect(all.map((r) => (r.event.payload.lead as { domain: string }).domain)).toEqual([...missed, live]);
    const ids = all.map((r) => Number(r.id));
    expect(ids[0]).toBeGreaterThan(Number(e1!.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    // The other workspace heard nothing of the above, but does hear its own.
    const own = domain("other-own");
    await other.leads.create.mutate({ domain: own });
    const [otherEvent] = await outsider.waitFor(1);
    expect((otherEvent!.event.payload.lead as { domain: string }).domain).toBe(own);
    await new Promise((r) => setTimeout(r, 300));
    expect(outsider.received).toHaveLength(1);
    expect(all).toHaveLength(3);
  });

  it("delivers a created lead's event within milliseconds (latency reported)", async () => {
    const demo = apiClient(baseUrl, demoCookie);
    const { cursor } = await demo.leads.list.query();
    const s = stream({ cookie: demoCookie, lastEventId: String(cursor) });
    await s.ready;
    const latencies: number[] = [];
    const afterCommit: number[] = [];
    for (let i = 0; i < 25; i++) {
      const started = performance.now();
      const lead = await demo.leads.create.mutate({ domain: domain("latency") });
      const committed = performance.now();
      const [received] = (await s.waitFor(i + 1)).slice(-1);
      expect((received!.event.payload.lead as { id: string }).id).toBe(lead.id);
      latencies.push(received!.at - started);
      afterCommit.push(Math.max(received!.at - committed, 0));
    }
    const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!.toFixed(1);
    const line = (xs: number[]) => `p50 ${p(xs, 0.5)} ms, p90 ${p(xs, 0.9)} ms, max ${p(xs, 1)} ms`;
    console.info(`[latency] leads.create request sent -> SSE event received: ${line(latencies)} over ${latencies.length} leads`);
    console.info(`[latency] leads.create response -> SSE event received (0 when the event came first): ${line(afterCommit)}`);
    expect(latencies).toHaveLength(25);
  });
});
