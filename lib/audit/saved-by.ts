// Who last saved a record and when, as the conflict message names them (read from the audit log
// by lib/audit/server/last-saved-by.ts). Client-safe.

export type SavedBy = { label: string; at: string } | null;
