import type { TestProject } from "vitest/node";
import { buildApp, startApp } from "../support/app-server";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

/** Builds the production app once and serves it on a fresh database for the browser and SSE tests. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("e2e");
  if (process.env.E2E_SKIP_BUILD !== "1") buildApp();
  const app = await startApp({ databaseUrl: database.url, logFile: ".data/test/e2e-server.log" });
  project.provide("baseUrl", app.baseUrl);
  project.provide("databaseUrl", database.url);
  return async () => {
    await app.stop();
    await database.drop();
  };
}
