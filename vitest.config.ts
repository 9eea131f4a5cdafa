import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    // next-auth imports "next/server" without an extension; bundling it through Vite resolves that.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{server,db,components,inngest}/**/*.test.ts"],
          globalSetup: ["tests/setup/database.global.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/app-server.global.ts"],
          environment: "node",
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // A browser waits for renders, animations and round trips; 1 s (the default) is too tight on 2 cores.
          expect: { poll: { timeout: 10_000 } },
          // One app server and one Chromium: files take turns rather than fight over 2 cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // `npm run test:faults`: crashes, restarts and storms on loopback (PRODUCT.md's survival promises).
          name: "faults",
          include: ["tests/faults/**/*.test.ts"],
          globalSetup: ["tests/setup/app-server.global.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
