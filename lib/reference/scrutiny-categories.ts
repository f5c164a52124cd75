// The columns of the forum's scrutiny tables (seed paragraph 8). VWI knife used is not a category
// of its own: it is VWI with the knife flag.

export type ScrutinyCategoryCode = "ROBBERY" | "VWI" | "ATTEMPT_MURDER" | "HOMICIDE";

export type ScrutinyCategoryRef = {
  code: ScrutinyCategoryCode;
  name: string;
  sortOrder: number;
};

export const SCRUTINY_CATEGORIES: readonly ScrutinyCategoryRef[] = [
  { code: "ROBBERY", name: "Robbery", sortOrder: 1 },
  { code: "VWI", name: "Violence with Injury", sortOrder: 2 },
  { code: "ATTEMPT_MURDER", name: "Attempt Murder", sortOrder: 3 },
  { code: "HOMICIDE", name: "Homicide", sortOrder: 4 },
];
