import { describe, expect, it } from "vitest";
import { pendingSchemaChanges } from "./pending-schema-changes";

// The WASM engine cannot compare the schema with a shadow database, so this is the guard that
// `prisma migrate dev` would otherwise be: a schema change must come with its migration.
describe("prisma/schema.prisma", () => {
  it("has no changes that the migrations do not cover", async () => {
    const sql = await pendingSchemaChanges();
    expect(
      sql,
      "prisma/schema.prisma has changes no migration covers: run npm run db:migrate -- <name>",
    ).toBe("");
  }, 30_000);
});
