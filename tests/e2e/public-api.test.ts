import { asc, eq } from "drizzle-orm";
import { EventSource } from "eventsource";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { pipelineEvents } from "@/db/schema";
import { frontendEventNames } from "@/server/domain/events/workspace-event";
import { apiClient } from "@/tests/support/http-session";
import { createSignedInUser } from "@/tests/support/test-user";
import { waitForJob } from "@/tests/support/wait-for-job";

const baseUrl = inject("baseUrl");
const { db, sql } = createDatabaseClient(inject("databaseUrl"), { max: 5 });
const streams: EventSource[] = [];
afterAll(async () => {
  streams.forEach((s) => s.close());
  await sql.end({ timeout: 1 });
});

type User = Awaited<ReturnType<typeof createSignedInUser>>;
type Frame = { id: number; name: string; data: { id: number; name: string; job_id: string | null; lead_id: string | null } };
let alice: User;
let bob: User;

beforeAll(async () => {
  [alice, bob] = await Promise.all([createSignedInUser(db, baseUrl), createSignedInUser(db, baseUrl)]);
});

async function newKey(user: User, name = "test") {
  return apiClient(baseUrl, user.cookie).apiKeys.create.mutate({ name });
}

function call(path: string, key?: string, init: RequestInit = {}) {
  return fetch(`${baseUrl}${path}`, { ...init, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...init.headers } });
}

/** /api/v1/events through the `eventsource` package, as an outside client would read it. */
function openEvents(key: string, opts: { after?: number; lastEventId?: number } = {}) {
  const received: Frame[] = [];
  const url = `${baseUrl}/api/v1/events${opts.after === undefined ? "" : `?after=${opts.after}`}`;
  const source = new EventSource(url, {
    fetch: (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...init?.headers, authorization: `Bearer ${key}`, ...(opts.lastEventId ? { "last-event-id": String(opts.lastEventId) } : {}) },
      }),
  });
  streams.push(source);
  for (const name of frontendEventNames) {
    source.addEventListener(name, (message) => received.push({ id: Number(message.lastEventId), name, data: JSON.parse(message.data) }));
  }
  const ready = new Promise<void>((resolve, reject) => {
    source.onopen = () => resolve();
    source.onerror = (e) => reject(new Error(`stream error ${e.code ?? ""} ${e.message ?? ""}`));
  });
  const until = async (done: (frames: Frame[]) => boolean, ms = 60_000) => {
    const deadline = Date.now() + ms;
    while (!done(received)) {
      if (Date.now() > deadline) throw new Error(`stream condition not met within ${ms} ms (${received.length} events)`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return received;
  };
  return { ready, received, until, close: () => source.close() };
}

describe("public API under /api/v1", () => {
  it("refuses a missing, unknown and revoked key with a JSON 401", async () => {
    const missing = await call("/api/v1/leads");
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: { code: "unauthorized", message: "Send your API key as Authorization: Bearer <key>" } });

    const unknown = await call("/api/v1/leads", "npk_this-key-was-never-issued");
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: { code: "unauthorized", message: expect.stringMatching(/revoked or never existed/) } });

    const { key, apiKey } = await newKey(alice, "to revoke");
    expect((await call("/api/v1/leads", key)).status).toBe(200);
    await apiClient(baseUrl, alice.cookie).apiKeys.revoke.mutate({ id: apiKey.id });
    const revoked = await call("/api/v1/leads", key);
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    expect((await call("/api/v1/events", key)).status).toBe(401);
  });

  it("answers bad input with a 400 that says what and where", async () => {
    const { key } = await newKey(alice);
    const post = (body: string) => call("/api/v1/jobs", key, { method: "POST", headers: { "content-type": "application/json" }, body });
    const expectBad = async (res: Response, field: string, message: RegExp) => {
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; field: string; message: string } };
      expect(body.error).toMatchObject({ code: "invalid_request", field });
      expect(body.error.message).toMatch(message);
    };
    await expectBad(await post(JSON.stringify({ count: 0 })), "count", /at least 1 lead/);
    await expectBad(await post(JSON.stringify({ count: 2, source: { kind: "domains", domains: [] } })), "source.domains", /at least one domain/);
    await expectBad(await post("{not json"), "body", /must be JSON/);
    await expectBad(await call("/api/v1/leads?limit=500", key), "limit", /at most 100/);
    await expectBad(await call("/api/v1/leads?cursor=bm9wZQ", key), "cursor", /next_cursor/);
    await expectBad(await call("/api/v1/jobs/not-a-job", key), "id", /Not a job id/);
    await expectBad(await call("/api/v1/events", key, { headers: { "last-event-id": "abc" } }), "Last-Event-ID", /event id/);
  });

  it("starts a job, streams its events across a reconnect with no gap or repeat, then pages and reads its leads", async () => {
    const { key } = await newKey(alice, "integration");
    const { key: bobKey } = await newKey(bob, "bob");
    const bobStream = openEvents(bobKey, { after: 0 });
    const first = openEvents(key, { after: 0 });
    await Promise.all([first.ready, bobStream.ready]);

    const domains = ["verdantlogix.com", "rotaseriema-logistica.com.br"];
    const started = await call("/api/v1/jobs", key, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ count: 2, source: { kind: "domains", domains } }) });
    expect(started.status).toBe(201);
    const job = (await started.json()) as { id: string; status: string; requested_count: number; source: unknown };
    expect(job).toMatchObject({ object: "job", requested_count: 2, source: { kind: "domains", domain_count: 2 } });
    expect(started.headers.get("location")).toBe(`/api/v1/jobs/${job.id}`);

    // Drop the connection part-way, then resume from the last id seen, as EventSource does.
    await first.until((frames) => frames.some((f) => f.name === "lead-created"));
    first.close();
    const seen = [...first.received];
    const resumed = openEvents(key, { lastEventId: seen.at(-1)!.id, after: 0 });
    await resumed.ready;
    const rest = await resumed.until((frames) => frames.some((f) => f.name === "job-completed" && f.data.job_id === job.id));
    const completedId = rest.find((f) => f.name === "job-completed")!.id;

    const all = [...seen, ...rest].filter((f) => f.id <= completedId);
    const stored = await db.select({ id: pipelineEvents.id }).from(pipelineEvents).where(eq(pipelineEvents.workspaceId, alice.workspace.id)).orderBy(asc(pipelineEvents.id));
    expect(all.map((f) => f.id)).toEqual(stored.map((e) => e.id).filter((id) => id <= completedId));
    expect(all.every((f) => f.data.id === f.id && f.data.name === f.name)).toBe(true);
    expect(rest[0]!.id).toBeGreaterThan(seen.at(-1)!.id);

    const done = await waitForJob(db, job.id);
    expect(done.status).toBe("completed");
    const read = await call(`/api/v1/jobs/${job.id}`, key);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: job.id, status: "completed", counts: { found: 2 }, receipt: { requested: 2, found: 2 } });

    const page1 = (await (await call("/api/v1/leads?limit=1", key)).json()) as { data: { id: string; domain: string }[]; next_cursor: string | null };
    expect(page1.data).toHaveLength(1);
    expect(page1.next_cursor).toEqual(expect.any(String));
    const page2 = (await (await call(`/api/v1/leads?limit=1&cursor=${page1.next_cursor}`, key)).json()) as typeof page1;
    expect(page2.data).toHaveLength(1);
    expect(page2.next_cursor).toBeNull();
    expect([...page1.data, ...page2.data].map((l) => l.domain).sort()).toEqual([...domains].sort());

    const leadRes = await call(`/api/v1/leads/${page1.data[0]!.id}`, key);
    expect(leadRes.status).toBe(200);
    const lead = (await leadRes.json()) as { domain: string; facts: Record<string, unknown>[]; sources: { url: string }[] };
    expect(lead.facts.length).toBeGreaterThan(3);
    for (const fact of lead.facts) {
      expect(fact).toEqual({ key: expect.any(String), value: expect.anything(), agent: expect.any(String), method: expect.any(String), source_url: fact.source_url ?? null, retrieved_at: expect.any(String), confidence: expect.any(Number) });
    }
    expect(lead.facts.some((f) => typeof f.source_url === "string" && f.source_url.startsWith("http"))).toBe(true);
    expect(lead.sources.length).toBeGreaterThan(0);

    // Bob's key sees none of it: 404 (not 403), no data, and his stream heard nothing of Alice's run.
    for (const path of [`/api/v1/jobs/${job.id}`, `/api/v1/leads/${page1.data[0]!.id}`]) {
      const res = await call(path, bobKey);
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ error: { code: "not_found" } });
      expect(text).not.toContain(lead.domain);
    }
    expect(((await (await call("/api/v1/leads", bobKey)).json()) as { data: unknown[] }).data).toEqual([]);
    expect(bobStream.received.filter((f) => f.data.job_id === job.id)).toEqual([]);
  });

  it("limits each key's requests per minute with a 429 and Retry-After", async () => {
    const { key } = await newKey(alice, "busy");
    const firstRes = await call("/api/v1/leads?limit=1", key);
    const limit = Number(firstRes.headers.get("x-ratelimit-limit"));
    expect(limit).toBeGreaterThan(0);
    let limited: Response | undefined;
    // A fixed window may roll over once mid-burst: two windows' worth always reaches the limit.
    for (let i = 0; i < 2 * limit + 1 && !limited; i++) {
      const res = await call("/api/v1/leads?limit=1", key);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited!.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/per minute/) } });
    // The limit is per key: another key of the same workspace still works.
    const { key: other } = await newKey(alice, "calm");
    expect((await call("/api/v1/leads?limit=1", other)).status).toBe(200);
  });

  it("publishes an OpenAPI 3.1 document describing every route, without a key", async () => {
    const res = await fetch(`${baseUrl}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { securitySchemes: Record<string, unknown> } };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/jobs", "/api/v1/jobs/{id}", "/api/v1/leads", "/api/v1/leads/{id}", "/api/v1/events"]));
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  });
});
