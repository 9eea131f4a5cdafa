import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { FaultStack } from "./fault-stack";

/** The last error a crashed process wrote to its log: its message and the frame that threw. */
export function lastErrorIn(logFile: string): string {
  const lines = readFileSync(logFile, "utf8").split("\n");
  const at = lines.findLastIndex((l) => /^(\w*Error\b|Error:)/.test(l));
  return at < 0 ? "(no error in the log)" : `${lines[at]!.trim()} ${lines[at + 1]?.trim() ?? ""}`;
}

/**
 * What a process manager (systemd, Docker's restart policy) does for a deployment: a part whose
 * process dies is started again, once a second until it stays up (the database it needs may
 * still be down). Every death is recorded with its error, so a test can still say that the
 * product crashed even when the run survived it.
 */
export function supervise(stack: FaultStack) {
  const crashes: string[] = [];
  let stopped = false;
  const restart = async (part: "app" | "engine") => {
    crashes.push(`the ${part} process died: ${lastErrorIn(stack.logFiles[part])}`);
    // Bounded: a minute of failed starts means it will not come back by itself.
    for (let attempt = 0; attempt < 60 && !stopped; attempt++) {
      const started = await (part === "app" ? stack.startApp() : stack.startEngine()).then(() => true, () => false);
      if (started) return;
      await sleep(1_000);
    }
  };
  const loop = (async () => {
    while (!stopped) {
      const state = stack.running();
      if (!state.engine) await restart("engine");
      if (!state.app) await restart("app");
      await sleep(200);
    }
  })();
  return {
    crashes,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}
