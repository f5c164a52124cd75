import type { PersonRole } from "@/lib/enums";

// Words for enum values on the offence record.

export const PERSON_ROLE_NAMES: Record<PersonRole, string> = {
  VICTIM: "Victim",
  SUSPECT: "Suspect",
  OFFENDER: "Offender",
  WITNESS: "Witness",
  PERSON_OF_INTEREST: "Person of interest",
};
