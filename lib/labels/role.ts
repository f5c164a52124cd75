import type { Role } from "@/lib/enums";

// The words for a user's role, on every screen, export and audit row. Client-safe.

export const ROLE_LABELS: Record<Role, string> = {
  CHAIR: "Chair",
  ANALYST: "Analyst",
  INVESTIGATOR: "Investigator",
  PARTNER: "Partner",
  ADMIN: "Administrator",
};
