import type { ReferralState } from "@/lib/enums";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import { readQuery } from "@/lib/search/query";
import { sealFields } from "@/lib/security/sealed-fields";

// The partners' referral list filters (issue 18): a name or referral number, a state, follow-up
// due. Read from the URL; the name is sealed (the form posts to app/search/run, links carry a token,
// lib/security/sealed-fields.ts). Anything unreadable is dropped, never an error. Client-safe.

export type ProviderReferralFilters = {
  /** Name or referral number as typed (readQuery's text), or null. */
  q: string | null;
  state: ReferralState | null;
  /** Only referrals whose six-month follow-up is due today or overdue. */
  due: boolean;
};

export const NO_REFERRAL_FILTERS: ProviderReferralFilters = { q: null, state: null, due: false };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseReferralFilters(params: Record<string, string | string[] | undefined>): {
  filters: ProviderReferralFilters;
  message: string | null;
} {
  const rawQ = first(params.q) ?? "";
  const read = rawQ.trim() === "" ? null : readQuery(rawQ);
  const state = first(params.state);
  return {
    filters: {
      q: read?.ok ? read.terms.text : null,
      state: state && state in REFERRAL_STATE_LABELS ? (state as ReferralState) : null,
      due: first(params.due) === "yes",
    },
    message: read && !read.ok ? read.message : null,
  };
}

/**
 * The URL of the list with these filters (page 1 unless told). `sealed`: a page's link, the name as
 * this token (the page's seal of it), never plain; left out only for a stored view's query.
 */
export function referralListHref(filters: ProviderReferralFilters, page = 1, sealed?: string): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.state) params.set("state", filters.state);
  if (filters.due) params.set("due", "yes");
  if (page > 1) params.set("page", String(page));
  if (sealed !== undefined) sealFields(params, "/referrals", sealed);
  const query = params.toString();
  return query ? `/referrals?${query}` : "/referrals";
}
