import type { PersonMatch } from "@/lib/persons/types";

// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type ImportedPerson = {
  id: number;
  name: string;
  dateOfBirth: Date | null;
  /** Recorded persons the find-before-create rules propose as the same person, best first. */
  matches: PersonMatch[];
};
