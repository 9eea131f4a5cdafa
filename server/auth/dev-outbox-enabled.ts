import { demoMode, env } from "@/server/env";

/** The outbox shows anyone's sign-in links, so it exists only without SMTP on a demo or dev install. */
export function devOutboxEnabled(): boolean {
  return !env.EMAIL_SERVER && (demoMode || env.NODE_ENV !== "production");
}
