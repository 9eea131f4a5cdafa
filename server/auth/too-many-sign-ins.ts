import { CredentialsSignin } from "next-auth";

const CODE = /^rate_limited_(\d+)m$/;

/**
 * Thrown from `authorize` when an email or address has failed too often. Auth.js puts `code` in
 * the sign-in page's URL (`?error=CredentialsSignin&code=rate_limited_15m`), so it says only how long to wait.
 */
export class TooManySignIns extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `rate_limited_${minutes}m`;
  }
}

export function tooManySignInsText(minutes: number): string {
  return `Too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The message for a rate-limited sign-in's code, or null for any other code. */
export function tooManySignInsMessage(code: string | undefined | null): string | null {
  const minutes = code?.match(CODE)?.[1];
  return minutes ? tooManySignInsText(Number(minutes)) : null;
}
