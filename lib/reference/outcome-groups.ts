import { OUTCOME_TYPES, type OutcomeGroup } from "@/lib/reference/outcome-types";

// The Home Office outcome groups of the outcome mix, each with a short name for URLs (the offence
// list's `group` filter). "Not yet assigned" (type 0, or no outcome at all) is left out of the mix
// (docs/domain.md) and has its own filter: outcome assigned, no.

export type OutcomeGroupSlug =
  "charge" | "ooc-formal" | "ooc-informal" | "prevented" | "evidential" | "no-suspect" | "other";

const SLUGS: Record<Exclude<OutcomeGroup, "Not yet assigned">, OutcomeGroupSlug> = {
  "Charge/summons": "charge",
  "Out-of-court (formal)": "ooc-formal",
  "Out-of-court (informal)": "ooc-informal",
  "Prosecution prevented or not in public interest": "prevented",
  "Evidential difficulties": "evidential",
  "Investigation complete – no suspect identified": "no-suspect",
  "Transferred / other": "other",
};

export type OutcomeGroupRef = { slug: OutcomeGroupSlug; label: string; codes: number[] };

export const OUTCOME_GROUPS: readonly OutcomeGroupRef[] = Object.entries(SLUGS).map(([label, slug]) => ({
  slug,
  label,
  codes: OUTCOME_TYPES.filter((o) => o.outcomeGroup === label).map((o) => o.code),
}));

export const OUTCOME_GROUP_SLUGS = OUTCOME_GROUPS.map((g) => g.slug) as [
  OutcomeGroupSlug,
  ...OutcomeGroupSlug[],
];

export function outcomeGroup(slug: OutcomeGroupSlug): OutcomeGroupRef {
  return OUTCOME_GROUPS.find((g) => g.slug === slug)!;
}
