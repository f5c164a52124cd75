import type { PersonRole } from "@/lib/enums";

// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type PersonMatch = {
  id: number;
  surname: string;
  forenames: string;
  dateOfBirth: Date | null;
  npu: string | null;
  offenceCount: number;
  sameDateOfBirth: boolean;
};

/**
 * One of the two records on the merge screen, with its offences counted; `mergedIntoId` set when it
 * has already been merged into another.
 */
export type MergeSide = {
  id: number;
  version: number;
  surname: string;
  forenames: string;
  dateOfBirth: Date | null;
  gender: string;
  npu: string | null;
  vulnerable: boolean;
  offenceCount: number;
  mergedIntoId: number | null;
};

/** One person in the people index (issue 18): never the full date of birth, the year at most. */
export type PersonIndexRow = {
  id: number;
  surname: string;
  forenames: string;
  bornYear: number | null;
  npu: string | null;
  nominalId: string | null;
  roles: { role: PersonRole; count: number }[];
};

/** The people index counts matches up to this; past it, "more than 10,000 people match". */
export const PERSON_INDEX_COUNT_CAP = 10_000;

export type PersonIndex =
  | { status: "empty" }
  | {
      status: "done";
      items: PersonIndexRow[];
      /** At most PERSON_INDEX_COUNT_CAP; `totalCapped` when more match. */
      total: number;
      totalCapped: boolean;
      page: number;
      pageSize: number;
      totalPages: number;
    };
