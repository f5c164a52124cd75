import type { InvestigationStatus } from "@/lib/enums";

// The words for an investigation's status, on every screen and export. Client-safe.

export const INVESTIGATION_STATUS_LABELS: Record<InvestigationStatus, string> = {
  OPEN: "Open",
  PENDING_SUSPECT: "Pending suspect",
  CHARGED: "Charged",
  FINALISED: "Finalised",
};
