/** Only same-site paths: a crafted callbackUrl must never send a user to another site. */
export function safeCallbackUrl(value: unknown, fallback = "/board"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
