// The engagement plan's kinds: what the browser needs of the form, with no zod (issue 15: a form page loads
// zod only when the user starts on it). lib/hotspots/engagement-schemas.ts imports these and re-exports
// them.

export const STAKEHOLDER_KINDS = [
  "RESIDENTS_ASSOCIATION",
  "FAITH_LEADER",
  "SCHOOL",
  "COMMUNITY_GROUP",
  "OTHER",
] as const;

export const ENGAGEMENT_KINDS = ["CONSULTATION", "UPDATE", "SURVEY", "REVIEW"] as const;
