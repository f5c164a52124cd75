import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the e2e server writes its database URL, so specs can check pages against the data. */
export function e2eDatabaseUrlFile(port: number): string {
  return join(tmpdir(), `captiva-e2e-${port}.db-url`);
}
