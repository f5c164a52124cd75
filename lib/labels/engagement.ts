import type { EngagementKind, StakeholderKind } from "@/lib/enums";

// The words for a community engagement plan's stakeholder kinds and entry kinds (issue 17, seed
// paragraph 30), on every screen. Client-safe.

export const STAKEHOLDER_KIND_LABELS: Record<StakeholderKind, string> = {
  RESIDENTS_ASSOCIATION: "Residents' association",
  FAITH_LEADER: "Faith leader",
  SCHOOL: "School",
  COMMUNITY_GROUP: "Community group",
  OTHER: "Other",
};

export const ENGAGEMENT_KIND_LABELS: Record<EngagementKind, string> = {
  CONSULTATION: "Consultation",
  UPDATE: "Update given",
  SURVEY: "Survey",
  REVIEW: "Review",
};
