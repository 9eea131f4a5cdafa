import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { buildApp, startApp } from "../support/app-server";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    authSecret: string;
  }
}

/** Builds the production app once and serves it on a fresh database for the browser and SSE tests. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("e2e");
  if (process.env.E2E_SKIP_BUILD !== "1") buildApp();
  const authSecret = randomBytes(32).toString("base64url");
  const app = await startApp({ databaseUrl: database.url, authSecret, logFile: ".data/test/e2e-server.log" });
  project.provide("baseUrl", app.baseUrl);
  project.provide("databaseUrl", database.url);
  project.provide("authSecret", authSecret);
  return async () => {
    await app.stop();
    await database.drop();
  };
}
