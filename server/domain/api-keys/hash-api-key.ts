import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "npk_";
/** How much of a key is kept in clear: enough to tell keys apart, far too little to use one. */
export const API_KEY_VISIBLE_CHARS = 12;

export function generateApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Keys carry 256 random bits, so a fast unsalted hash is enough: nothing to brute-force. */
export function hashApiKey(rawKey: string): string {
  return createHash("sha256").update(rawKey, "utf8").digest("hex");
}
