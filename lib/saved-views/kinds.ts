import { can, ROLES, type Permission } from "@/lib/auth/permissions";
import type { Role, SavedViewKind } from "@/lib/enums";

// The four lists a view can be saved from, with the permission that opens each list: a user has
// the kinds of the lists they may open, so a partner has the referral list (and their own
// actions), never the offence list or the intelligence register. Client-safe (no zod, no server).

export const SAVED_VIEW_KINDS = ["OFFENCES", "INTELLIGENCE", "ACTIONS", "REFERRALS"] as const;
const _allKinds: SavedViewKind extends (typeof SAVED_VIEW_KINDS)[number] ? true : never = true;
void _allKinds;

export const SAVED_VIEW_LISTS: Record<
  SavedViewKind,
  { label: string; path: string; permission: Permission }
> = {
  OFFENCES: { label: "Offences", path: "/offences", permission: "offences.read" },
  INTELLIGENCE: { label: "Intelligence", path: "/intelligence", permission: "intel.read" },
  ACTIONS: { label: "Actions", path: "/actions", permission: "actions.read.own" },
  REFERRALS: { label: "Referrals", path: "/referrals", permission: "referrals.read.own-provider" },
};

/** The role a chair shares a view with: the forum's analysts. */
export const SHARE_WITH_ROLE = "ANALYST" as const;

export const NAME_MAX = 80;
/** A list's whole state is a few hundred characters; anything longer is not one of ours. */
export const QUERY_MAX = 2000;

/** "Knife  Robberies " and "knife robberies" are the same name on one list. */
export function nameKeyOf(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en-GB");
}

/** The kinds of list `role` may open. */
export function kindsFor(role: Role): SavedViewKind[] {
  return SAVED_VIEW_KINDS.filter((kind) => can(role, SAVED_VIEW_LISTS[kind].permission));
}

/** The roles whose views may be shared (the chair's): a view shared by anyone else is never shown. */
export const SHARING_ROLES: Role[] = ROLES.filter((role) => can(role, "views.share"));

/** The "save these filters" page for `kind` with the list's normalised query (seal it: sealHref). */
export function saveViewHref(kind: SavedViewKind, query: string): string {
  return `/views/new?${new URLSearchParams({ list: kind, filters: query }).toString()}`;
}
