// What the header search returns (issue 18): per kind, just enough to tell records apart. A person
// is a name, a year of birth and an NPU, never a full date of birth (domain.md, s.62). Client-safe.

export const SEARCH_KINDS = ["person", "referral", "offence", "intelligence", "group", "meeting"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_TITLES: Record<SearchKind, string> = {
  person: "People",
  referral: "Referrals",
  offence: "Offences",
  intelligence: "Intelligence",
  group: "Groups",
  meeting: "Meetings",
};

export type SearchHit = {
  kind: SearchKind;
  id: number;
  /** Where the result opens: a person's record asks for the reason first, as from anywhere. */
  href: string;
  label: string;
  detail: string;
};

export type SearchOutcome =
  | { status: "refused"; text: string; message: string }
  | {
      status: "done";
      text: string;
      notice: string | null;
      /** Groups in SEARCH_KINDS order, only kinds with hits; hits best match first. */
      groups: { kind: SearchKind; title: string; hits: SearchHit[] }[];
      /** The kinds this role may search at all (an empty list: nothing to search). */
      searched: SearchKind[];
    };
