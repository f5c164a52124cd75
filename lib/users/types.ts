import type { Role } from "@/lib/enums";

// What the users admin screens receive. Never the password hash: `hasPassword` says only whether
// one is set (an account without one signs in by single sign-on or not at all).

export type UserSummary = {
  id: number;
  name: string;
  email: string;
  jobTitle: string | null;
  role: Role;
  npuName: string | null;
  providerName: string | null;
  disabled: boolean;
  lastSignInAt: Date | null;
};

export type UserDetail = UserSummary & {
  npuId: number | null;
  providerId: number | null;
  disabledAt: Date | null;
  hasPassword: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export type UserPage = {
  users: UserSummary[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
};

export type UserFormOptions = {
  npus: { id: number; name: string }[];
  providers: { id: number; name: string }[];
};

/** The result of an account action: the row's new version, for the next change from the same page. */
export type UserChangeResult = { id: number; version: number; pending?: boolean };

/** A pending account change on the approvals screen (issue 13.14). */
export type AccountChangeRow = {
  id: number;
  kind: "CASE_ROLE" | "PASSWORD";
  role: Role | null;
  newAccount: boolean;
  requestedAt: Date;
  requestedBy: string;
  user: { id: number; name: string; email: string; role: Role };
  /** False for the requester and for the account's owner: someone else must decide. */
  mayDecide: boolean;
};
