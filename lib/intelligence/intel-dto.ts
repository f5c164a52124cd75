import type { HandlingCode, IntelAssessment, SourceEvaluation } from "@/lib/enums";

// What pages and components receive about an intelligence item (lib/intelligence/server/
// intel-access.ts builds them). Client-safe types only.

/** A row the actor may read in full. */
export type VisibleIntelligence = {
  restricted: false;
  id: number;
  reference: string;
  receivedOn: Date;
  /** 3x5x2 in the forum's notation: "2 B P". */
  grading: string;
  sourceEvaluation: SourceEvaluation;
  assessment: IntelAssessment;
  handlingCode: HandlingCode;
  /** Shown wherever the item is shown (docs/domain.md). */
  handlingConditions: string | null;
  text: string;
  locationText: string | null;
  submittedBy: string;
};

/** A C-coded row for an actor without intel.restricted.read: that it exists and whom to ask. */
export type RestrictedIntelligence = { restricted: true; id: number; receivedOn: Date; submittedBy: string };

export type IntelligenceEntry = VisibleIntelligence | RestrictedIntelligence;

/**
 * On a person or offence record, for an actor without intel.restricted.read: that restricted
 * intelligence exists for the record and whom to ask, never which item. An item's id or date here
 * would tie the register's marker to its subject (issue 13.13).
 */
export type RestrictedIntelNotice = { count: number; askSubmitters: string[] };

/** The intelligence linked to a person or an offence, as the actor may receive it. */
export type LinkedIntelligence = { items: IntelligenceEntry[]; restricted: RestrictedIntelNotice | null };

export type IntelListPage = {
  rows: IntelligenceEntry[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  /** False for actors who may not sort by grading (it would order restricted items by theirs). */
  gradingSortable: boolean;
};

export type IntelGradingHistoryRow = {
  id: number;
  grading: string;
  handlingConditions: string | null;
  reason: string | null;
  gradedBy: string;
  gradedAt: Date;
};

export type IntelLinkRow = { id: number; label: string; href: string };

export type IntelligenceRecord =
  | { restricted: true; item: Extract<IntelligenceEntry, { restricted: true }>; submittedByRole: string }
  | {
      restricted: false;
      item: VisibleIntelligence;
      version: number;
      reviewOn: Date | null;
      history: IntelGradingHistoryRow[];
      persons: IntelLinkRow[];
      offences: IntelLinkRow[];
      /** Null when the actor may not read groups (investigators). */
      groups: IntelLinkRow[] | null;
    };
