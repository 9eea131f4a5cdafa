import ipaddr from "ipaddr.js";

// Only globally routable unicast is allowed; every other ipaddr.js range (including 6to4,
// Teredo and NAT64 prefixes, which can embed a private IPv4 address) is refused.
const labels: Record<string, string> = {
  loopback: "loopback",
  private: "private (RFC 1918)",
  carrierGradeNat: "carrier-grade NAT",
  linkLocal: "link-local",
  uniqueLocal: "unique-local",
  multicast: "multicast",
  unspecified: "unspecified",
  broadcast: "broadcast",
  reserved: "reserved",
};

/**
 * Says why the crawler must not connect to `address` ("loopback", "private (RFC 1918)"...),
 * or null when it is a public address. IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as IPv4.
 */
export function blockedAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return "unrecognised";
  const range = ipaddr.process(bare).range();
  if (range === "unicast") return null;
  return labels[range] ?? `special-purpose (${range})`;
}
