// A small built-in list of the best-known throwaway-mail services; not exhaustive by design.
const disposableDomains = new Set([
  "mailinator.com", "guerrillamail.com", "guerrillamail.net", "guerrillamail.org", "sharklasers.com",
  "10minutemail.com", "10minutemail.net", "tempmail.com", "temp-mail.org", "tempmail.net", "tempmailo.com",
  "yopmail.com", "trashmail.com", "getnada.com", "dispostable.com", "maildrop.cc", "throwawaymail.com",
  "fakeinbox.com", "mintemail.com", "mailnesia.com", "emailondeck.com", "burnermail.io", "mohmal.com",
]);

/** Whether the domain (or a parent of it) is a known disposable-mail service. */
export function isDisposableDomain(domain: string): boolean {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".");
  return labels.some((_, index) => disposableDomains.has(labels.slice(index).join(".")));
}
