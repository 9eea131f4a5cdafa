import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { launchBrowser } from "./browser";

/**
 * What a browser test file shares: the e2e app's address, a small client of its database, and one
 * Chromium, launched before the file's tests and closed (with the client) after them.
 */
export function browserSuite() {
  const suite = {
    baseUrl: inject("baseUrl"),
    client: createDatabaseClient(inject("databaseUrl"), { max: 2 }),
    /** Set before the first test runs. */
    browser: undefined as unknown as Browser,
  };
  beforeAll(async () => {
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.client.sql.end({ timeout: 1 });
  });
  return suite;
}
