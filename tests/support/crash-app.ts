// A tiny Inngest app run as its own process, so tests can SIGKILL it in the middle of a step.
import { appendFileSync } from "node:fs";
import http from "node:http";
import { Inngest } from "inngest";
import { serve } from "inngest/node";

const { PORT, ENGINE_URL, LOG_FILE, STEP_MS } = process.env;
const log = (line: string) => appendFileSync(LOG_FILE!, `${line} ${process.pid}\n`);
const client = new Inngest({ id: "crash-app", isDev: true, baseUrl: ENGINE_URL });

const crashy = client.createFunction({ id: "crashy", triggers: [{ event: "test/crashy" }] }, async ({ step }) => {
  const first = await step.run("first", () => (log("first"), 1));
  const second = await step.run("slow", async () => {
    log("slow-start");
    await new Promise((r) => setTimeout(r, Number(STEP_MS ?? 2000)));
    log("slow-end");
    return first + 1;
  });
  return step.run("last", () => (log("last"), second + 1));
});

http.createServer(serve({ client, functions: [crashy] })).listen(Number(PORT), "127.0.0.1", () => log("listening"));
