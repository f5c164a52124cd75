import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OFFENCE_CODES } from "@/lib/reference/offence-codes";

// The hotspot figures' index (migration offence_syv_hotspot_index) serves only a query whose WHERE
// implies its predicate; SYV_SQL (lib/figures/server/figure-sql.ts) takes its codes from the code
// list. A code added to a scrutiny category without a new index would quietly fall back to reading
// the heap, so the two are checked against each other here.
const MIGRATION = join(
  process.cwd(),
  "prisma/migrations/20261207163000_offence_syv_hotspot_index/migration.sql",
);

describe("the hotspot figures' index", () => {
  it("holds exactly the offence codes of the scrutiny categories and the under-25 rule", () => {
    const sql = readFileSync(MIGRATION, "utf8");
    const where = /where "offenceCode" in \(([^)]*)\) and "youngestVictimAge" < 25;/.exec(sql);
    expect(where, "the index's predicate").not.toBeNull();
    const codes = [...where![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    const scrutiny = OFFENCE_CODES.filter((c) => c.scrutinyCategoryCode !== null).map((c) => c.code);
    expect([...codes].sort()).toEqual([...scrutiny].sort());
  });
});
