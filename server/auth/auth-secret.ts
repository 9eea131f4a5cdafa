import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { demoMode, env } from "@/server/env";

/**
 * AUTH_SECRET when set. On embedded/demo defaults a random one is made once and kept in the
 * data folder, so sessions survive restarts with nothing configured. Production needs the variable.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production" && !demoMode) {
    throw new Error("AUTH_SECRET is not set: generate one with `openssl rand -base64 32` and set it.");
  }
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}
