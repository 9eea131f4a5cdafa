import { describe, expect, it, vi } from "vitest";
import { AgentFailure, type AgentInput } from "./agent";
import { intake } from "./intake";

function input(domain: string, known: string[] = []): AgentInput & { isKnownDomain: ReturnType<typeof vi.fn> } {
  const isKnownDomain = vi.fn(async (candidate: string) => known.includes(candidate));
  return {
    lead: { id: "lead-1", workspaceId: "ws-1", domain, companyName: null },
    facts: [],
    pages: [],
    env: { allowPrivateNetworks: false, isKnownDomain },
    isKnownDomain,
  };
}

async function failure(promise: Promise<unknown>): Promise<AgentFailure> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AgentFailure);
  return error as AgentFailure;
}

describe("intake agent", () => {
  it("normalises what the user typed and checks the normalised domain against the workspace", async () => {
    const lead = input("https://www.Acme-Widgets.com.br/sobre?x=1");
    const output = await intake.run(lead);

    expect(output.facts).toEqual([
      { key: "domain.normalized", value: "acme-widgets.com.br", method: "parsed", sourceUrl: null, confidence: 1 },
    ]);
    expect(lead.isKnownDomain).toHaveBeenCalledWith("acme-widgets.com.br");
    expect(output.message).toContain("acme-widgets.com.br");
  });

  it("refuses an invalid domain with reason invalid_domain and says why", async () => {
    const lead = input("not a domain");
    const error = await failure(intake.run(lead));
    expect(error.reason).toBe("invalid_domain");
    expect(error.message).toMatch(/spaces/);
    expect(lead.isKnownDomain).not.toHaveBeenCalled();
  });

  it("refuses an IP address as invalid", async () => {
    const error = await failure(intake.run(input("http://10.0.0.5/")));
    expect(error.reason).toBe("invalid_domain");
    expect(error.message).toMatch(/IP address/);
  });

  it("refuses a domain the workspace already knows with reason duplicate, at no cost", async () => {
    const error = await failure(intake.run(input("WWW.acme.com", ["acme.com"])));
    expect(error.reason).toBe("duplicate");
    expect(error.message).toMatch(/acme\.com is already known/);
    expect(error.message).toMatch(/costs nothing/);
  });

  it("does not let a lead through when the pipeline gave it no way to check duplicates", async () => {
    const lead = input("acme.com");
    delete lead.env.isKnownDomain;
    await expect(intake.run(lead)).rejects.toThrow(/isKnownDomain/);
  });
});
