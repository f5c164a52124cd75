import type { MERGE_FIELDS } from "@/lib/persons/form-fields";

/** The fields a merge chooses between (MERGE_FIELDS) as a Prisma select: what a merge reads and its undo restores. */
export const MERGE_FIELD_SELECT = {
  surname: true,
  forenames: true,
  dateOfBirth: true,
  gender: true,
  npuId: true,
  vulnerable: true,
} as const satisfies Record<(typeof MERGE_FIELDS)[number], true>;
