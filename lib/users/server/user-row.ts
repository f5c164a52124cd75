import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserDetail } from "@/lib/users/types";

/**
 * The columns the admin screens read. passwordHash only to say whether one is set, sessionVersion
 * only for the audit row: neither leaves the data layer.
 */
export const userDetailSelect = {
  id: true,
  name: true,
  email: true,
  jobTitle: true,
  role: true,
  npuId: true,
  providerId: true,
  disabledAt: true,
  lastSignInAt: true,
  passwordHash: true,
  sessionVersion: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  npu: { select: { name: true } },
  provider: { select: { name: true } },
} satisfies Prisma.UserSelect;

export type UserDetailRow = Prisma.UserGetPayload<{ select: typeof userDetailSelect }>;

export function toUserDetail(row: UserDetailRow): UserDetail {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    jobTitle: row.jobTitle,
    role: row.role,
    npuId: row.npuId,
    npuName: row.npu?.name ?? null,
    providerId: row.providerId,
    providerName: row.provider?.name ?? null,
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt,
    lastSignInAt: row.lastSignInAt,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The account as the audit log records it: readable names, never credentials. */
export function userAuditSnapshot(
  row: Pick<UserDetailRow, "name" | "email" | "jobTitle" | "role" | "npu" | "provider">,
) {
  return {
    name: row.name,
    email: row.email,
    jobTitle: row.jobTitle,
    role: row.role,
    npu: row.npu?.name ?? null,
    provider: row.provider?.name ?? null,
  };
}
