import { beforeAll } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getEnv } from "@/lib/env";
import { figureWindow, type FigureWindow } from "@/lib/figures/rules";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { withActors, withTestDatabase, type TestDatabaseHandle } from "@/lib/testing/admin-fixtures";

// The figures' kept stores against their definition (issue 15): a test file's database holding the
// seed at the tiny scale as at SEEDED_TODAY, a chair to read the figures, and the windows they are
// compared in: as at today, as at past days (outcomes dated later rewound), a month's last day, and
// an earlier performance year. figures-equivalence and figure-hotspot-month integration tests.

export const SEEDED_TODAY = "2026-11-27";

export const SEEDED_WINDOWS: FigureWindow[] = [
  figureWindow({}, SEEDED_TODAY),
  figureWindow({ asAt: "2026-02-15" }, SEEDED_TODAY),
  figureWindow({ asAt: "2025-09-30", year: "2024" }, SEEDED_TODAY),
  figureWindow({ asAt: "2026-01-31" }, SEEDED_TODAY),
];

/** The file's database (withTestDatabase), seeded with `seed` in a beforeAll; answers the chair and the database. */
export function withSeededFigures(seed: number): { chair: Actor; db: TestDatabaseHandle } {
  const db = withTestDatabase();
  const actors = withActors({ chair: "CHAIR" });
  beforeAll(async () => {
    await seedDatabase({ url: getEnv().DATABASE_URL!, scale: "tiny", seed, today: SEEDED_TODAY });
  }, 120_000);
  return {
    get chair() {
      return actors.chair;
    },
    db,
  };
}
