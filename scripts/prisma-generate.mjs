// Runs `prisma generate` without Prisma's engine download, which these networks block
// (see ARCHITECTURE.md). generate never executes the schema engine, so a stub satisfies the CLI.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, chmodSync, existsSync } from "node:fs";
import { join } from "node:path";

const stubDir = join(process.cwd(), "node_modules", ".cache", "captiva");
const stub = join(stubDir, "schema-engine-stub");
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(
    stub,
    "#!/bin/sh\necho 'schema engine stub: use npm run db:migrate / db:deploy' >&2\nexit 1\n",
  );
  chmodSync(stub, 0o755);
}
execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
