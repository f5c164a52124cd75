import type { DemoAccountKey } from "../../lib/reference/demo-accounts";

// Every protected page and server action, and who may use it. The unauthorized-access spec tries
// each as every role that must be refused. A new page or action is added here in one line.

export type RoleKey = Exclude<DemoAccountKey, "deputy" | "investigator2">;
export const ROLES: RoleKey[] = ["chair", "analyst", "investigator", "partner", "admin"];

/** `{user}` is replaced with the id of a user the test did not create (the investigator). */
export const PAGES: { path: string; allowed: RoleKey[] }[] = [
  { path: "/admin", allowed: ["admin"] },
  { path: "/admin/users", allowed: ["admin"] },
  { path: "/admin/users/new", allowed: ["admin"] },
  { path: "/admin/users/{user}", allowed: ["admin"] },
  { path: "/admin/users/{user}/role", allowed: ["admin"] },
  { path: "/admin/users/{user}/password", allowed: ["admin"] },
  { path: "/admin/audit", allowed: ["admin"] },
  { path: "/admin/audit/person/1", allowed: ["admin", "chair"] },
];

type Target = { id: number; version: number };

/** Actions that change another record: called directly with the target's id and version. */
export const ACTIONS: { name: string; allowed: RoleKey[]; args: (t: Target) => unknown[] }[] = [
  { name: "disableUserAction", allowed: ["admin"], args: (t) => [{ id: t.id, version: t.version }] },
  { name: "enableUserAction", allowed: ["admin"], args: (t) => [{ id: t.id, version: t.version }] },
  { name: "signOutUserEverywhereAction", allowed: ["admin"], args: (t) => [{ id: t.id, version: t.version }] },
  {
    name: "changeUserRoleAction",
    allowed: ["admin"],
    args: (t) => [{ id: t.id, version: t.version, role: "CHAIR", npuId: "", providerId: "" }],
  },
  {
    name: "resetUserPasswordAction",
    allowed: ["admin"],
    args: (t) => [{ id: t.id, version: t.version, method: "set", password: "Attacker-chosen-password-1" }],
  },
  {
    name: "createUserAction",
    allowed: ["admin"],
    args: () => [{ name: "Intruder Made", email: `intruder-${Date.now()}@captiva.example`, jobTitle: "", role: "ADMIN", npuId: "", providerId: "" }],
  },
  { name: "checkAuditChainAction", allowed: ["admin"], args: () => [{}] },
];
