/**
 * The catalog key for a Host header or hostname: lower-case, no port, no trailing dot and no
 * leading `www.`, so "WWW.Example.com.:8080" and "example.com" are the same site.
 */
export function normalizeDemoHost(host: string): string {
  let name = host.trim().toLowerCase();
  if (name.startsWith("[")) return name.slice(0, name.indexOf("]") + 1);
  const colon = name.lastIndexOf(":");
  if (colon !== -1) name = name.slice(0, colon);
  name = name.replace(/\.+$/, "");
  return name.startsWith("www.") ? name.slice(4) : name;
}
