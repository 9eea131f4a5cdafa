import { describe, expect, it } from "vitest";
import { factValueText } from "./fact-value";

describe("factValueText", () => {
  it("says each agent's shapes the way a salesperson reads them", () => {
    expect(factValueText([{ address: "info@acme.com", role: true, sourceUrl: "x" }, { address: "ana@acme.com", role: false }])).toBe("info@acme.com (team inbox) · ana@acme.com");
    expect(factValueText([{ e164: "+5511", international: "+55 11 3149 5784", sourceUrl: "x" }])).toBe("+55 11 3149 5784");
    expect(factValueText([{ name: "Paulo Barreto", role: "CEO", sourceUrl: "x" }])).toBe("Paulo Barreto, CEO");
    expect(factValueText([{ round: "Series A", amount: 12000000, currency: "USD", date: "2026-09-12T00:00:00Z" }])).toBe("Series A 12000000 USD (2026-09-12)");
    expect(factValueText({ count: 2, roles: [{ title: "SDR", location: "São Paulo", postedAt: "2026-10-01" }, { title: "AE" }] })).toBe("2 open: SDR, São Paulo (2026-10-01); AE");
    expect(factValueText({ hosts: [], provider: null })).toBe("no MX records");
    expect(factValueText({ hosts: ["aspmx.l.google.com"], provider: "Google Workspace" })).toBe("aspmx.l.google.com (Google Workspace)");
    expect(factValueText({ present: true, policy: "reject", record: "v=DMARC1; p=reject" })).toBe("policy reject");
    expect(factValueText({ present: false, record: null })).toBe("not published");
    expect(factValueText([])).toBe("none found");
    expect(factValueText({ min: 50, max: 100, label: "50-100 employees" })).toBe("50-100 employees");
  });
});
