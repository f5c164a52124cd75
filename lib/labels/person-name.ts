// How a person's name is shown everywhere (screens, packs, exports), and their year of birth in a
// search result. Client-safe.

/** "SMITH, John": surname first, as police systems list nominals. */
export function displayName(person: { surname: string; forenames: string }): string {
  return person.forenames
    ? `${person.surname.toUpperCase()}, ${person.forenames}`
    : person.surname.toUpperCase();
}

/** At most the year of birth in a search result (docs/domain.md: name, year of birth and NPU only). */
export function bornLabel(dateOfBirth: Date | null): string {
  return dateOfBirth ? `born ${dateOfBirth.getUTCFullYear()}` : "year of birth not known";
}
