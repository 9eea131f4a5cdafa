import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import canonicalize from "canonicalize";

const PREFIX = /^signkey-[\w]+-/;

/** `x-inngest-signature` for a request body, as Inngest Cloud signs calls to an app. */
export function signBody(body: unknown, signingKey: string, now = Date.now()): string {
  const t = Math.floor(now / 1000).toString();
  const key = signingKey.replace(PREFIX, "");
  // The SDK re-parses the body and checks the canonical (JCS) form, not the bytes sent.
  const s = createHmac("sha256", key).update(`${canonicalize(body)}${t}`).digest("hex");
  return `t=${t}&s=${s}`;
}

/** What the SDK puts in `Authorization: Bearer ...` when it registers: the prefix plus sha256 of the key's bytes. */
export function hashedSigningKey(signingKey: string): string {
  const prefix = signingKey.match(PREFIX)?.[0] ?? "";
  return prefix + createHash("sha256").update(Buffer.from(signingKey.replace(PREFIX, ""), "hex")).digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
