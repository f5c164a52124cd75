import type { FourP, GroupType, PlanLineStatus } from "@/lib/enums";

// Words the forum uses for the group enums. Client-safe.

export const GROUP_TYPES = ["ORGANISED_CRIME_GROUP", "STREET_GANG"] as const satisfies readonly GroupType[];
export const GROUP_TYPE_LABELS: Record<GroupType, string> = {
  ORGANISED_CRIME_GROUP: "Organised crime group",
  STREET_GANG: "Street gang",
};

/** The 4P plan's strands, in the order the forum reads them. */
export const FOUR_PS = ["PURSUE", "PREVENT", "PROTECT", "PREPARE"] as const satisfies readonly FourP[];
export const FOUR_P_LABELS: Record<FourP, string> = {
  PURSUE: "Pursue",
  PREVENT: "Prevent",
  PROTECT: "Protect",
  PREPARE: "Prepare",
};

export const PLAN_LINE_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "COMPLETED",
  "STOPPED",
] as const satisfies readonly PlanLineStatus[];
export const PLAN_LINE_STATUS_LABELS: Record<PlanLineStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  STOPPED: "Stopped",
};

/** Membership roles as the seed and the forum use them (GroupMembership.role is free text). */
export const MEMBER_ROLES = ["principal", "significant", "peripheral", "associate"] as const;
