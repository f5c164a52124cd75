// How a person's name is shown everywhere (screens, packs, exports). Client-safe.

/** "SMITH, John": surname first, as police systems list nominals. */
export function displayName(person: { surname: string; forenames: string }): string {
  return person.forenames
    ? `${person.surname.toUpperCase()}, ${person.forenames}`
    : person.surname.toUpperCase();
}
