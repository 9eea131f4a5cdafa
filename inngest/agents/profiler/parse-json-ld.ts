/**
 * Parses a JSON-LD block the way browsers' consumers must: sites ship it hand-written, with
 * trailing commas, raw newlines inside strings, HTML comments or CDATA around it. Returns
 * null when even the repaired text is not JSON, so one broken block never hides the others.
 */
export function parseJsonLd(raw: string): unknown {
  const attempts = [
    raw,
    raw
      .replace(/^\s*(<!--|<!\[CDATA\[)/, "")
      .replace(/(-->|\]\]>)\s*$/, "")
      // Control characters are never valid inside JSON strings and are plain whitespace outside them.
      .replace(/[\u0000-\u001f]+/g, " ")
      .replace(/,\s*([}\]])/g, "$1"),
  ];
  for (const text of attempts) {
    try {
      return JSON.parse(text);
    } catch {
      // Try the repaired text next.
    }
  }
  return null;
}
