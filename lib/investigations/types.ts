import type { InvestigationStatus } from "@/lib/enums";
import type { Paged } from "@/lib/pagination";

// DTOs of the investigation section. Client-safe: the forms receive these, never Prisma rows.

export type InvestigationUpdateEntry = { id: number; authorName: string; createdAt: Date; body: string };

export type InvestigationDetail = {
  id: number;
  offenceId: number;
  version: number;
  offenceVersion: number;
  occurredOn: Date;
  status: InvestigationStatus;
  oicId: number | null;
  oicName: string | null;
  outcomeCode: number | null;
  outcomeDescription: string | null;
  outcomeOn: Date | null;
  chargedOn: Date | null;
  knifeRecovered: boolean;
  nextReviewOn: Date | null;
  flaggedForScrutiny: boolean;
  scrutinyReason: string | null;
  flaggedAt: Date | null;
  updates: InvestigationUpdateEntry[];
  /** The actor is the officer in charge and may edit it and add updates. */
  canEdit: boolean;
  canReassign: boolean;
  /** Active investigators to choose from; empty unless canReassign. */
  oicOptions: { id: number; name: string }[];
};

export type FlaggedInvestigation = {
  id: number;
  offenceId: number;
  crimeReference: string;
  offenceDescription: string;
  scrutinyReason: string | null;
  flaggedAt: Date | null;
  oicName: string | null;
  status: InvestigationStatus;
};

export type FlaggedInvestigations = { total: number; items: FlaggedInvestigation[] };

export type MyInvestigation = {
  id: number;
  offenceId: number;
  crimeReference: string;
  offenceDescription: string;
  recordedOn: Date;
  status: InvestigationStatus;
  nextReviewOn: Date | null;
  reviewOverdue: boolean;
};

export type MyInvestigations = Paged<MyInvestigation> & { overdueReviews: number };
