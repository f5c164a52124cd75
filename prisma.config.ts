import { defineConfig } from "prisma/config";

// The datasource URL is not needed for `prisma generate`; migrations run through
// scripts/db/*.ts (the WASM schema engine), which read the URL from lib/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
