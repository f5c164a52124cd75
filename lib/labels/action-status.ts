import type { ActionStatus } from "@/lib/enums";

// The words for a forum action's status, on every screen, export and document (issue 19: one label
// map per enum). Client-safe.

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  NOT_POSSIBLE: "Not possible",
  NOT_DONE: "Not done",
};
