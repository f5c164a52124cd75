import type { AuditRow } from "@/lib/audit/audit-row";
import type { ChangeSummary } from "@/lib/audit/change-summary";

// What the audit screens receive (DTOs; ids as strings because AuditEvent ids are bigints).

/** A stored event: the columns written (audit-row.ts), its place in the chain, and its changes summarised. */
export type AuditEventView = Omit<AuditRow, "changes"> & {
  id: string;
  seq: string;
  occurredAt: Date;
  changes: ChangeSummary;
};

export type AuditSearchResult = {
  events: AuditEventView[];
  /** Matching events, counted up to `countCap`; `capped` when there are more. */
  total: number;
  capped: boolean;
  page: number;
  pageSize: number;
  totalPages: number;
};

export type PersonView = {
  id: string;
  occurredAt: Date;
  actorId: number | null;
  actorLabel: string;
  event: string;
  justification: string | null;
};
export type PersonViewsPage = {
  views: PersonView[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
};

export type AuditChainStatus =
  | { state: "ok"; events: number; checkedAt: Date }
  | { state: "broken"; events: number; checkedAt: Date; brokenAtSeq: string; reason: string }
  | { state: "unchecked"; events: number };
