// Suffixes of MX hostnames each provider hands its customers; first match wins.
const providers: [string, RegExp][] = [
  ["Google Workspace", /(^|\.)(google\.com|googlemail\.com)$/],
  ["Microsoft 365", /(^|\.)(outlook\.com|office365\.us|protection\.outlook\.com)$/],
  ["Zoho", /(^|\.)zoho\.(com|eu|in|com\.au|jp)$/],
  ["Amazon SES", /(^|\.)amazonaws\.com$/],
  ["Proton", /(^|\.)(protonmail\.ch|proton\.me)$/],
  ["Locaweb", /(^|\.)locaweb\.com\.br$/],
  ["KingHost", /(^|\.)kinghost\.net$/],
  ["UOL Host", /(^|\.)uhserver\.com$/],
  ["Hostinger", /(^|\.)hostinger\.(com|io)$/],
  ["GoDaddy", /(^|\.)secureserver\.net$/],
  ["Fastmail", /(^|\.)messagingengine\.com$/],
  ["Yandex", /(^|\.)yandex\.(net|ru)$/],
  ["iCloud", /(^|\.)icloud\.com$/],
  ["Mimecast", /(^|\.)mimecast\.com$/],
  ["Proofpoint", /(^|\.)pphosted\.com$/],
  ["Barracuda", /(^|\.)barracudanetworks\.com$/],
  ["Cisco Secure Email", /(^|\.)iphmx\.com$/],
];

/** Which mail provider a domain's MX hosts belong to, or "other" when none is recognised. */
export function detectMailProvider(hosts: string[]): string {
  for (const host of hosts) {
    const name = host.toLowerCase().replace(/\.$/, "");
    const match = providers.find(([, pattern]) => pattern.test(name));
    if (match) return match[0];
  }
  return "other";
}
