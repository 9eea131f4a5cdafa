import { describe, expect, it } from "vitest";
import { blockedAddressReason } from "./blocked-address-reason";

describe("blockedAddressReason", () => {
  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])("allows the public address %s", (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });

  it.each([
    ["10.0.0.5", "private (RFC 1918)"],
    ["172.16.4.1", "private (RFC 1918)"],
    ["100.100.100.100", "carrier-grade NAT"],
    ["fe80::1%eth0", "link-local"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "reserved"],
    // Tunnelling prefixes can carry a private IPv4 address (here 10.0.0.5) inside a "public-looking" IPv6 one.
    ["2002:a00:5::1", "special-purpose (6to4)"],
    ["64:ff9b::a00:5", "special-purpose (rfc6052)"],
    ["not-an-ip", "unrecognised"],
  ])("refuses %s as %s", (address, reason) => {
    expect(blockedAddressReason(address)).toBe(reason);
  });
});
