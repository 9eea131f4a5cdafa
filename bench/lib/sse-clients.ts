import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { ChildCommand, ChildReply } from "./sse-client-process";

type Reply<T extends ChildReply["type"]> = Extract<ChildReply, { type: T }>;

function next<T extends ChildReply["type"]>(child: ChildProcess, type: T, timeoutMs = 300_000): Promise<Reply<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" from the SSE client process within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: ChildReply) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(message as Reply<T>);
    };
    child.on("message", onMessage);
  });
}

/**
 * `count` subscribers spread over the given session cookies (one per workspace, round robin),
 * held by `processes` child processes.
 */
export async function openSubscribers(opts: { baseUrl: string; cookies: string[]; count: number; processes?: number }) {
  const processes = opts.processes ?? 2;
  const children = Array.from({ length: processes }, () =>
    fork(path.join(import.meta.dirname, "sse-client-process.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }),
  );
  const perChild = children.map(() => new Map<string, number>());
  for (let i = 0; i < opts.count; i++) {
    const cookie = opts.cookies[i % opts.cookies.length]!;
    const slot = perChild[i % processes]!;
    slot.set(cookie, (slot.get(cookie) ?? 0) + 1);
  }
  const send = (child: ChildProcess, command: ChildCommand) => child.send(command);
  const opened = await Promise.all(
    children.map((child, i) => {
      const reply = next(child, "opened");
      send(child, { type: "open", baseUrl: opts.baseUrl, subscriptions: [...perChild[i]!].map(([cookie, count]) => ({ cookie, count })) });
      return reply;
    }),
  );
  const failed = opened.reduce((n, o) => n + o.failed, 0);
  if (failed > 0) throw new Error(`${failed} of ${opts.count} subscribers could not connect: ${opened.find((o) => o.firstError)?.firstError}`);
  return {
    pids: children.map((child) => child.pid!),
    /** Every delay measured since the last collect, and the stream errors seen. */
    async collect() {
      const replies = await Promise.all(
        children.map((child) => {
          const reply = next(child, "latencies", 60_000);
          send(child, { type: "collect" });
          return reply;
        }),
      );
      return { values: replies.flatMap((r) => r.values), errors: replies.reduce((n, r) => n + r.errors, 0) };
    },
    async close() {
      await Promise.all(children.map((child) => new Promise<void>((resolve) => (child.once("exit", () => resolve()), send(child, { type: "close" })))));
    },
  };
}
