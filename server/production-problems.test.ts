import { describe, expect, it } from "vitest";
import { productionProblems, productionProblemsMessage, type DeploymentSettings } from "./production-problems";

const deployed: DeploymentSettings = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://app@db.example.com/nellia",
  AUTH_SECRET: "x".repeat(44),
  SEED_DEMO: false,
  DEMO_DEPLOYMENT: false,
  INNGEST_SIGNING_KEY: "signkey-prod-0123",
  INNGEST_EVENT_KEY: "event-key-0123",
};

describe("productionProblems", () => {
  it("passes a complete production configuration", () => {
    expect(productionProblems(deployed)).toEqual([]);
  });

  it("names every missing or unsafe setting, each once", () => {
    const problems = productionProblems({
      ...deployed,
      AUTH_SECRET: undefined,
      INNGEST_SIGNING_KEY: undefined,
      INNGEST_EVENT_KEY: undefined,
      INNGEST_DEV: "http://127.0.0.1:8288",
      SEED_DEMO: true,
      DEMO_WEB: true,
      CRAWLER_ALLOW_PRIVATE_NETWORKS: true,
    });
    expect(problems.map((p) => p.split(" ")[0])).toEqual(["AUTH_SECRET", "INNGEST_SIGNING_KEY", "INNGEST_DEV", "SEED_DEMO", "DEMO_WEB", "CRAWLER_ALLOW_PRIVATE_NETWORKS"]);
    expect(problems[1]).toContain("INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY are not set");
    const message = productionProblemsMessage(problems);
    expect(message.split("\n")[0]).toBe("Nellia Prospector will not start in production until these 6 are fixed:");
    expect(message).toContain("openssl rand -base64 32");
  });

  it("names the one Inngest key that is missing", () => {
    expect(productionProblems({ ...deployed, INNGEST_EVENT_KEY: undefined })).toEqual([expect.stringMatching(/^INNGEST_EVENT_KEY is not set:/)]);
  });

  it("lets a deliberate public demo seed and crawl the fictional web, but never run without AUTH_SECRET", () => {
    const demo = { ...deployed, DEMO_DEPLOYMENT: true, SEED_DEMO: true, DEMO_WEB: true, CRAWLER_ALLOW_PRIVATE_NETWORKS: true, INNGEST_DEV: "http://127.0.0.1:8288", INNGEST_SIGNING_KEY: undefined };
    expect(productionProblems(demo)).toEqual([]);
    expect(productionProblems({ ...demo, AUTH_SECRET: undefined })).toHaveLength(1);
  });

  it("leaves development and the embedded database (a local `npm start`) alone", () => {
    expect(productionProblems({ ...deployed, NODE_ENV: "development", AUTH_SECRET: undefined, SEED_DEMO: true })).toEqual([]);
    expect(productionProblems({ ...deployed, DATABASE_URL: undefined, AUTH_SECRET: undefined, INNGEST_DEV: "http://127.0.0.1:8288" })).toEqual([]);
  });
});
