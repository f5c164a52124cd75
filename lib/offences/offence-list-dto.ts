import type { InvestigationStatusValue } from "@/lib/offences/schemas";

// What the offence list sends to the browser. Client-safe types only.

export type OffenceListRow = {
  id: number;
  crimeReference: string;
  /** YYYY-MM-DD */
  recordedOn: string;
  offenceCode: string;
  offenceDescription: string;
  npu: string;
  hotspot: string | null;
  knifeUsed: boolean;
  knifeRecovered: boolean;
  /** Null when no victim's age is known. */
  under25: boolean | null;
  status: InvestigationStatusValue | null;
  outcomeCode: number | null;
  oic: string | null;
  nextReviewOn: string | null;
  flaggedForScrutiny: boolean;
};

export type OffenceListPage = {
  rows: OffenceListRow[];
  /** Exact unless totalCapped: then at least this many match (the count stops; see list-offences.ts). */
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  totalPages: number;
  /** Keyset cursors of the page's first and last rows, for its Previous and Next links (list-cursor.ts). */
  cursors: { before: string | null; after: string | null };
};

export type OffenceFilterOptions = {
  npus: { id: number; name: string }[];
  hotspots: { id: number; name: string; npu: string }[];
  /** The selected officer in charge, for the filter's tag and field (the filter is a type-ahead). */
  officer: { id: number; name: string } | null;
  earliestYear: number;
};
