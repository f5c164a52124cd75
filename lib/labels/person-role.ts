import type { PersonRole } from "@/lib/enums";

// The words for a person's role in an offence, on every screen and export. Client-safe.

export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  VICTIM: "Victim",
  SUSPECT: "Suspect",
  OFFENDER: "Offender",
  WITNESS: "Witness",
  PERSON_OF_INTEREST: "Person of interest",
};
