import { getPrisma } from "@/lib/db/server/prisma";

// The groups' integration tests (reads and changes) share these.

let n = 0;

/** A group of its own (a unique name), active street gang unless told otherwise. */
export const makeGroup = (
  overrides: { type?: "STREET_GANG" | "ORGANISED_CRIME_GROUP"; active?: boolean } = {},
) =>
  getPrisma().group.create({
    data: {
      name: `Test group ${++n} ${Date.now()}`,
      type: overrides.type ?? "STREET_GANG",
      active: overrides.active ?? true,
    },
  });

/** A plan line's form as the browser posts it (strings), owned by `ownerId`. */
export const planLineForm = (ownerId: number, overrides: Record<string, string> = {}) => ({
  strand: "PURSUE",
  description: "Warrants at addresses linked to knife storage",
  ownerId: String(ownerId),
  status: "NOT_STARTED",
  dueOn: "2026-12-31",
  ...overrides,
});
