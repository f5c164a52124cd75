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

export type PersonIndex =
  | { status: "empty" }
  | {
      status: "done";
      items: PersonIndexRow[];
      total: number;
      page: number;
      pageSize: number;
      totalPages: number;
    };
