/**
 * Decodes a page with the charset it declares (header first, then a <meta> in the first KB),
 * because many Brazilian sites still serve ISO-8859-1 and would otherwise show "funcionÃ¡rios".
 */
export function decodeBody(body: Buffer, contentType: string | null): string {
  const declared =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 1024).toString("latin1"))?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(body);
  } catch {
    // An unknown label is the site's mistake; UTF-8 is the best remaining guess at its bytes.
    return new TextDecoder("utf-8").decode(body);
  }
}
