import { Inngest, NonRetriableError } from "inngest";
import { beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/db/free-port";
import type { Engine } from "./start-engine";
import { isolatedDatabase, serveApp, startTestEngine, stepHistory, waitForRun } from "@/tests/support/engine-harness";

// The real SDK against the local engine over HTTP: each behaviour Inngest promises, observed from
// outside, once with checkpointing (the SDK runs step after step in one call and reports each to
// the engine, Inngest's default and ours) and once without (one call per step, as older clients do).
const ports = { checkpointing: await freePort(), perStep: await freePort() };

describe.each([
  { mode: "checkpointing", checkpointing: true, enginePort: ports.checkpointing },
  { mode: "one call per step", checkpointing: false, enginePort: ports.perStep },
])("the local engine with the real Inngest SDK ($mode)", ({ checkpointing, enginePort }) => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>["db"];
  let engine: Engine;
  let appCalls = 0;
  const calls: Record<string, number> = {};
  const count = (key: string) => (calls[key] = (calls[key] ?? 0) + 1);
  const active: Record<string, number> = {};
  let maxActive: Record<string, number> = {};

  // The SDK finds the engine by baseUrl in dev mode, as it would find Inngest's dev server.
  const client = new Inngest({ id: `conformance-${checkpointing ? "cp" : "ps"}`, isDev: true, baseUrl: `http://127.0.0.1:${enginePort}`, checkpointing });

  const fns = {
    sequential: client.createFunction({ id: "sequential", triggers: [{ event: "test/sequential" }] }, async ({ step }) => {
      const a = await step.run("a", () => count("seq-a") && 1);
      const b = await step.run("b", () => count("seq-b") && a + 1);
      const c = await step.run("c", () => count("seq-c") && b + 1);
      return { sum: a + b + c };
    }),
    parallel: client.createFunction({ id: "parallel", triggers: [{ event: "test/parallel" }] }, async ({ step }) => {
      const [x, y] = await Promise.all([
        step.run("x", async () => (count("par-x"), await new Promise((r) => setTimeout(r, 50)), "x")),
        step.run("y", () => (count("par-y"), "y")),
      ]);
      const z = await step.run("z", () => `${x}${y}`);
      return z;
    }),
    flaky: client.createFunction({ id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] }, async ({ step }) => {
      return step.run("sometimes", () => {
        if (count("flaky") < 3) throw new Error(`transient failure ${calls.flaky}`);
        return "third time lucky";
      });
    }),
    doomed: client.createFunction({ id: "doomed", retries: 2, triggers: [{ event: "test/doomed" }] }, async ({ step }) => {
      await step.run("always-fails", () => {
        count("doomed");
        throw new Error("the service is down for good");
      });
    }),
    permanent: client.createFunction({ id: "permanent", retries: 4, triggers: [{ event: "test/permanent" }] }, async ({ step }) => {
      await step.run("invalid-input", () => {
        count("permanent");
        throw new NonRetriableError("invalid domain: not retrying");
      });
    }),
    sleeper: client.createFunction({ id: "sleeper", triggers: [{ event: "test/sleep" }] }, async ({ step }) => {
      const before = await step.run("before", () => Date.now());
      await step.sleep("nap", "1s");
      const after = await step.run("after", () => Date.now());
      return { sleptMs: after - before };
    }),
    waiter: client.createFunction({ id: "waiter", triggers: [{ event: "test/wait" }] }, async ({ step, event }) => {
      const approval = await step.waitForEvent("approval", { event: "test/approved", match: "data.orderId", timeout: event.data.timeout });
      return approval ? { approvedBy: approval.data.by } : { timedOut: true };
    }),
    child: client.createFunction({ id: "child", triggers: [{ event: "test/child-direct" }] }, async ({ event, step }) => {
      return step.run("double", () => (event.data.n as number) * 2);
    }),
    sender: client.createFunction({ id: "sender", triggers: [{ event: "test/send" }] }, async ({ step, event }) => {
      await step.sendEvent("follow-up", { name: "test/followed", data: { from: event.data.tag } });
      return "sent";
    }),
    receiver: client.createFunction({ id: "receiver", triggers: [{ event: "test/followed" }] }, async ({ event }) => ({ got: event.data.from })),
    limited: client.createFunction(
      { id: "limited", concurrency: { limit: 1, key: "event.data.workspace" }, triggers: [{ event: "test/limited" }] },
      async ({ step, event }) => {
        await step.run("work", async () => {
          const key = event.data.workspace as string;
          active[key] = (active[key] ?? 0) + 1;
          maxActive[key] = Math.max(maxActive[key] ?? 0, active[key]);
          await new Promise((r) => setTimeout(r, 150));
          active[key] -= 1;
        });
        return event.data.workspace;
      },
    ),
  };
  const parent = client.createFunction({ id: "parent", triggers: [{ event: "test/invoke" }] }, async ({ step }) => {
    const doubled = await step.invoke("call-child", { function: fns.child, data: { n: 21 } });
    return { doubled };
  });

  beforeAll(async () => {
    ({ db } = await isolatedDatabase());
    const app = await serveApp({ client, functions: [...Object.values(fns), parent] });
    app.server.on("request", (req) => req.method === "POST" && appCalls++);
    engine = await startTestEngine({ db, appUrls: [app.url], port: enginePort, workers: 6 });
    await engine.sync();
  });

  const send = (name: string, data: Record<string, unknown> = {}) => client.send({ name, data });
  const fnId = (id: string) => `conformance-${checkpointing ? "cp" : "ps"}-${id}`;

  it("runs sequential steps once each and returns the output", async () => {
    appCalls = 0;
    await send("test/sequential");
    const [run] = await waitForRun(db, fnId("sequential"));
    expect(run).toMatchObject({ status: "completed", output: { sum: 6 } });
    expect([calls["seq-a"], calls["seq-b"], calls["seq-c"]]).toEqual([1, 1, 1]);
    const steps = (await stepHistory(db, run!.id)).filter((s) => s.op === "StepRun");
    expect(steps.map((s) => s.name)).toEqual(["a", "b", "c"]);
    // Checkpointing: one call runs all three steps; otherwise one call per step and one to finish.
    expect(appCalls).toBe(checkpointing ? 1 : 4);
  });

  it.runIf(checkpointing)("refuses checkpoints from a call that does not hold the run, and malformed ones", async () => {
    const [run] = await waitForRun(db, fnId("sequential"));
    const post = (body: unknown, runId = run!.id) =>
      fetch(`${engine.url}/v1/checkpoint/${runId}/async`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const step = { id: "forged", op: "StepRun", data: "x" };
    // A finished run, and a holder that never claimed it: the SDK stops such a call (409).
    expect((await post({ qi_id: "worker-that-lost-its-lease.1", steps: [step] })).status).toBe(409);
    expect((await post({ qi_id: "someone.1", steps: [step] }, "00000000-0000-4000-8000-000000000000")).status).toBe(409);
    expect((await post({ steps: [step] })).status).toBe(400);
    const sleep = await post({ qi_id: "someone.1", steps: [{ id: "nap", op: "Sleep" }] });
    expect(sleep.status).toBe(422);
    expect(((await sleep.json()) as { error: string }).error).toContain("steps[0] is a Sleep");
    const stored = (await stepHistory(db, run!.id)).map((s) => s.stepId);
    expect(stored).not.toContain("forged");
  });

  it("runs parallel steps (StepPlanned) each once and resumes with both results", async () => {
    await send("test/parallel");
    const [run] = await waitForRun(db, fnId("parallel"));
    expect(run).toMatchObject({ status: "completed", output: "xy" });
    expect([calls["par-x"], calls["par-y"]]).toEqual([1, 1]);
  });

  it("retries a failing step with backoff and succeeds", async () => {
    await send("test/flaky");
    const [run] = await waitForRun(db, fnId("flaky"));
    expect(run).toMatchObject({ status: "completed", output: "third time lucky" });
    const attempts = (await stepHistory(db, run!.id)).filter((s) => s.name === "sometimes").map((s) => `${s.status}#${s.attempt}`);
    expect(attempts).toEqual(["errored#0", "errored#1", "completed#2"]);
  });

  it("records the failure once the function's retries are exhausted", async () => {
    await send("test/doomed");
    const [run] = await waitForRun(db, fnId("doomed"));
    expect(run!.status).toBe("failed");
    expect(JSON.stringify(run!.error)).toContain("the service is down for good");
    expect(calls.doomed).toBe(3); // retries: 2 → three attempts
  });

  it("does not retry a NonRetriableError", async () => {
    await send("test/permanent");
    const [run] = await waitForRun(db, fnId("permanent"));
    expect(run!.status).toBe("failed");
    expect(JSON.stringify(run!.error)).toContain("invalid domain: not retrying");
    expect(calls.permanent).toBe(1);
  });

  it("sleeps for the requested time without holding a worker", async () => {
    await send("test/sleep");
    const [run] = await waitForRun(db, fnId("sleeper"));
    expect(run!.status).toBe("completed");
    expect((run!.output as { sleptMs: number }).sleptMs).toBeGreaterThanOrEqual(1_000);
  });

  it("resumes a waitForEvent with the matching event, ignoring others", async () => {
    await send("test/wait", { orderId: "o-1", timeout: "10s" });
    await new Promise((r) => setTimeout(r, 500));
    await send("test/approved", { orderId: "o-2", by: "someone else" });
    await send("test/approved", { orderId: "o-1", by: "ana" });
    const [run] = await waitForRun(db, fnId("waiter"));
    expect(run).toMatchObject({ status: "completed", output: { approvedBy: "ana" } });
  });

  it("resumes a waitForEvent with null when it times out", async () => {
    await send("test/wait", { orderId: "never", timeout: "1s" });
    const runs = await waitForRun(db, fnId("waiter"), { count: 2 });
    expect(runs.map((r) => r.output)).toContainEqual({ timedOut: true });
  });

  it("invokes another function and returns its result", async () => {
    await send("test/invoke");
    const [run] = await waitForRun(db, fnId("parent"));
    expect(run).toMatchObject({ status: "completed", output: { doubled: 42 } });
  });

  it("delivers step.sendEvent to the functions it triggers", async () => {
    await send("test/send", { tag: "hello" });
    const [run] = await waitForRun(db, fnId("receiver"));
    expect(run).toMatchObject({ status: "completed", output: { got: "hello" } });
  });

  it("holds a per-key concurrency limit while other keys run alongside", async () => {
    maxActive = {};
    await client.send([
      ...Array.from({ length: 4 }, () => ({ name: "test/limited", data: { workspace: "w1" } })),
      ...Array.from({ length: 2 }, () => ({ name: "test/limited", data: { workspace: "w2" } })),
    ]);
    await waitForRun(db, fnId("limited"), { count: 6, timeoutMs: 20_000 });
    expect(maxActive).toEqual({ w1: 1, w2: 1 });
  });
});
