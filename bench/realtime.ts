import { randomBytes } from "node:crypto";
import { encode } from "@auth/core/jwt";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { publishEvent } from "@/server/domain/events/publish-event";
import { createUserWithWorkspace } from "@/server/domain/workspaces/create-user-with-workspace";
import { watchProcess } from "./lib/process-usage";
import { openSubscribers } from "./lib/sse-clients";
import { epochMs, sleep, summarize, type Summary } from "./lib/stats";

/**
 * The physical floor: a transaction that inserts a row and calls pg_notify, until a listener on
 * another connection of the same PostgreSQL hears it. Nothing we build can deliver faster.
 */
export async function measureFloor(databaseUrl: string, samples = 1000): Promise<Summary> {
  const writer = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const listener = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await writer`create table if not exists bench_floor (id bigserial primary key, sent_at double precision not null)`;
  let heard: ((at: number) => void) | null = null;
  await listener.listen("bench_floor", () => heard?.(epochMs()));
  const values: number[] = [];
  for (let i = 0; i < samples + 100; i++) {
    const arrived = new Promise<number>((resolve) => (heard = resolve));
    const sentAt = epochMs();
    await writer.begin(async (tx) => {
      const [row] = await tx`insert into bench_floor (sent_at) values (${sentAt}) returning id`;
      await tx`select pg_notify('bench_floor', ${String(row!.id)})`;
    });
    const at = await arrived;
    if (i >= 100) values.push(at - sentAt); // the first hundred warm up connections and plans
  }
  await writer`drop table bench_floor`;
  await Promise.all([writer.end(), listener.end()]);
  return summarize(values);
}

/** `workspaces` new workspaces, each with one member and a session cookie minted with the app's secret. */
export async function createSubscriberWorkspaces(db: Db, authSecret: string, workspaces: number) {
  const made: { workspaceId: string; cookie: string }[] = [];
  for (let i = 0; i < workspaces; i++) {
    const tag = randomBytes(4).toString("hex");
    const { user, workspace } = await createUserWithWorkspace({ db }, { email: `bench-sse-${tag}@example.com`, name: "Bench", workspaceName: `Bench ${tag}` });
    const token = await encode({ token: { sub: user.id, email: user.email }, secret: authSecret, salt: "authjs.session-token", maxAge: 3600 });
    made.push({ workspaceId: workspace.id, cookie: `authjs.session-token=${token}` });
  }
  return made;
}

export type DeliveryResult = Summary & { expected: number; delivered: number; errors: number; peakRssMb: number; cpuCores: number; clientCpuCores: number };

/**
 * `subscribers` eventsource clients spread evenly over the workspaces (ten tabs each), then
 * `rate` events a second for `seconds`, each published by the domain function into one workspace
 * in turn: every subscriber of that workspace must parse it. Delay = parsed − before publishing.
 */
export async function measureDelivery(opts: {
  db: Db;
  baseUrl: string;
  appPid: number;
  workspaces: { workspaceId: string; cookie: string }[];
  subscribers: number;
  rate: number;
  seconds: number;
}): Promise<DeliveryResult> {
  const perWorkspace = opts.subscribers / opts.workspaces.length;
  const clients = await openSubscribers({ baseUrl: opts.baseUrl, cookies: opts.workspaces.map((w) => w.cookie), count: opts.subscribers });
  await sleep(1000);
  await clients.collect();
  const usage = watchProcess(opts.appPid);
  // The subscribers' own processes share the two cores: if they saturate, delays are theirs.
  const clientUsage = clients.pids.map((pid) => watchProcess(pid));
  const total = opts.rate * opts.seconds;
  const startedAt = performance.now();
  const inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const due = startedAt + (i * 1000) / opts.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const { workspaceId } = opts.workspaces[i % opts.workspaces.length]!;
    inFlight.push(publishEvent({ db: opts.db }, { workspaceId, type: "status_update", payload: { sentAt: epochMs(), bench: i } }));
  }
  await Promise.all(inFlight);
  await sleep(2000);
  const { peakRssMb, cpuCores } = usage.stop();
  const clientCpuCores = clientUsage.reduce((sum, watch) => sum + watch.stop().cpuCores, 0);
  const { values, errors } = await clients.collect();
  await clients.close();
  return { ...summarize(values), expected: Math.round(total * perWorkspace), delivered: values.length, errors, peakRssMb, cpuCores, clientCpuCores };
}
