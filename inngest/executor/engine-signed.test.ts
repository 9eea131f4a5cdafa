import { randomBytes } from "node:crypto";
import { Inngest } from "inngest";
import { beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/db/free-port";
import { isolatedDatabase, serveApp, startTestEngine, waitForRun } from "@/tests/support/engine-harness";
import { signBody } from "./signing";

// Production's path: the SDK in cloud mode checks every call's signature; the engine stands in for Inngest Cloud.
const signingKey = `signkey-test-${randomBytes(32).toString("hex")}`;
const eventKey = `event-key-${randomBytes(8).toString("hex")}`;
const enginePort = await freePort();
const client = new Inngest({ id: "signed", isDev: false, baseUrl: `http://127.0.0.1:${enginePort}`, eventKey, signingKey });
const fn = client.createFunction({ id: "greet", triggers: [{ event: "test/greet" }] }, async ({ step, event }) => {
  const name = await step.run("look-up", () => String(event.data.name));
  return step.run("compose", () => `hello ${name}`);
});

let db: Awaited<ReturnType<typeof isolatedDatabase>>["db"];
let appUrl: string;
let appCalls = 0;

beforeAll(async () => {
  ({ db } = await isolatedDatabase());
  const app = await serveApp({ client, functions: [fn], signingKey });
  appUrl = app.url;
  app.server.on("request", (req) => req.method === "POST" && appCalls++);
  const engine = await startTestEngine({ db, appUrls: [appUrl], port: enginePort, signingKey, eventKey });
  await engine.sync();
});

const call = (headers: Record<string, string>, body: object) =>
  fetch(`${appUrl}?fnId=signed-greet&stepId=step`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const body = { event: { name: "test/greet", data: { name: "mallory" } }, events: [], steps: {}, ctx: { run_id: "forged", attempt: 0, stack: { stack: [], current: 0 } }, version: 2 };

describe("signed mode", () => {
  it("runs a function end to end with signed calls, registration and event key", async () => {
    await client.send({ name: "test/greet", data: { name: "ana" } });
    const [run] = await waitForRun(db, "signed-greet");
    expect(run).toMatchObject({ status: "completed", output: "hello ana" });
    // One call ran both steps: they came back as checkpoints, taken only with the signing key's hash.
    expect(Object.keys(run!.steps as object)).toHaveLength(2);
    expect(appCalls).toBe(1);
  });

  it("has the app refuse unsigned and forged calls", async () => {
    const unsigned = await call({}, body);
    expect(unsigned.status).toBe(401);
    const forged = await call({ "x-inngest-signature": signBody(body, `signkey-test-${randomBytes(32).toString("hex")}`) }, body);
    expect(forged.status).toBe(401);
    const stale = await call({ "x-inngest-signature": signBody(body, signingKey, Date.now() - 10 * 60_000) }, body);
    expect(stale.status).toBe(401);
    const good = await call({ "x-inngest-signature": signBody(body, signingKey) }, body);
    expect(good.status).toBe(206);
  });

  it("has the engine refuse registrations and events without the keys", async () => {
    const register = await fetch(`http://127.0.0.1:${enginePort}/fn/register`, {
      method: "POST",
      headers: { authorization: "Bearer signkey-test-0000", "content-type": "application/json" },
      body: JSON.stringify({ url: "http://127.0.0.1:1/api/inngest", appName: "intruder", functions: [] }),
    });
    expect(register.status).toBe(401);
    const event = await fetch(`http://127.0.0.1:${enginePort}/e/wrong-key`, { method: "POST", body: JSON.stringify({ name: "test/greet", data: {} }) });
    expect(event.status).toBe(401);
    const checkpoint = await fetch(`http://127.0.0.1:${enginePort}/v1/checkpoint/00000000-0000-4000-8000-000000000000/async`, {
      method: "POST",
      headers: { authorization: "Bearer signkey-test-0000", "content-type": "application/json" },
      body: JSON.stringify({ qi_id: "x.1", steps: [{ id: "forged", op: "StepRun", data: 1 }] }),
    });
    expect(checkpoint.status).toBe(401);
  });
});
