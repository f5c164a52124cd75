// How many person searches one user may run (issue 13.9). A search that returns persons is a
// consultation (docs/domain.md); bulk searching through the intelligence link picker would otherwise let
// any investigator page through the nominal index. The counts come from the search's own audit rows
// in the database, so the limit holds however many app instances serve the requests.

export const PERSON_SEARCH_LIMIT = {
  windowMinutes: 15,
  /** Searches per user in the window: a morning's real linking work is a handful. */
  perUser: 30,
} as const;

/**
 * The header search box (issue 18). Every search there is a consultation too, but it is how people
 * get around the app, so the limit is higher: still far below paging through the nominal index.
 */
export const HEADER_SEARCH_LIMIT = {
  windowMinutes: 15,
  perUser: 120,
} as const;
