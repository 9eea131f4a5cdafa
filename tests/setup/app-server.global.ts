import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { buildApp } from "../support/app-server";
import { startPipelineStack } from "../support/pipeline-stack";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    authSecret: string;
  }
}

/** Builds the production app once and serves it, with the local engine, on a fresh database. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("e2e");
  if (process.env.E2E_SKIP_BUILD !== "1") buildApp();
  const authSecret = randomBytes(32).toString("base64url");
  const stack = await startPipelineStack({ databaseUrl: database.url, authSecret, logFile: ".data/test/e2e-server.log" });
  project.provide("baseUrl", stack.baseUrl);
  project.provide("databaseUrl", database.url);
  project.provide("authSecret", authSecret);
  return async () => {
    await stack.stop();
    await database.drop();
  };
}
