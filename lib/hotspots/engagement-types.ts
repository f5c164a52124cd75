import type { EngagementKind, StakeholderKind } from "@/lib/enums";
import type { IsoDay } from "@/lib/dates/day";

// What the community engagement plan screens receive (issue 17, seed paragraph 30). Client-safe.

export type EngagementOwner = { id: number; name: string };

export type EngagementStakeholderDto = {
  id: number;
  kind: StakeholderKind;
  name: string;
  contactRole: string;
  addedOn: IsoDay;
};

export type EngagementEntryDto = {
  id: number;
  kind: EngagementKind;
  heldOn: IsoDay;
  owner: string;
  summary: string;
  communityAsked: string;
};

export type EngagementPlanDto = {
  id: number;
  version: number;
  hotspotId: number;
  ownerId: number;
  owner: string;
  aims: string;
  nextUpdateDue: IsoDay;
  /** The next update's day has come (or passed): "Update due". */
  updateDue: boolean;
  stakeholders: EngagementStakeholderDto[];
  entries: EngagementEntryDto[];
};

/** A plan whose next update is due soon or overdue: the analyst's home lists these. */
export type EngagementUpdateDue = {
  hotspotId: number;
  hotspot: string;
  owner: string;
  nextUpdateDue: IsoDay;
  overdue: boolean;
};

/** Per hotspot on /hotspots: its plan's next update, or no plan (flagged). */
export type EngagementStatus = { nextUpdateDue: IsoDay; updateDue: boolean };
