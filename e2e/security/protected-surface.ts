import type { DemoAccountKey } from "../../lib/reference/demo-accounts";

// Every protected page and server action, and who may use it. The unauthorized-access spec tries
// each as every role that must be refused. A new page or action is added here in one line.

export type RoleKey = Exclude<DemoAccountKey, "deputy" | "investigator2">;
export const ROLES: RoleKey[] = ["chair", "analyst", "investigator", "partner", "admin"];

const CASE_READERS: RoleKey[] = ["chair", "analyst", "investigator"];

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
  // The case register (issue 4). Offence 1 and person 1 exist in every demo seed.
  { path: "/offences", allowed: CASE_READERS },
  { path: "/offences/export", allowed: CASE_READERS },
  { path: "/offences/new", allowed: ["analyst"] },
  { path: "/offences/1", allowed: CASE_READERS },
  { path: "/offences/1/investigation", allowed: CASE_READERS },
  { path: "/offences/1/intelligence", allowed: CASE_READERS },
  { path: "/offences/1/interventions", allowed: CASE_READERS },
  { path: "/offences/1/meetings", allowed: CASE_READERS },
  { path: "/offences/1/timeline", allowed: CASE_READERS },
  { path: "/offences/1/edit", allowed: ["analyst"] },
  { path: "/offences/1/people/add", allowed: ["analyst"] },
  { path: "/persons/1", allowed: CASE_READERS },
  { path: "/persons/merge", allowed: ["analyst"] },
  // Figures and returns (issue 7): the chair and analysts; partners get the SVD file from them.
  { path: "/figures", allowed: ["chair", "analyst"] },
  { path: "/returns", allowed: ["chair", "analyst"] },
  { path: "/figures/export?table=svd", allowed: ["chair", "analyst"] },
  // RMS imports (issue 7): analysts only. The run page refuses before it looks the run up.
  { path: "/imports", allowed: ["analyst"] },
  { path: "/imports/1", allowed: ["analyst"] },
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
  // The case register (issue 4). The permission is checked before the input is read, so a refused
  // role is refused whatever it sends; the row rules (officer in charge) have their own specs.
  { name: "createOffenceAction", allowed: ["analyst"], args: () => [{}] },
  { name: "updateOffenceAction", allowed: ["analyst"], args: () => [{ id: 1, version: 1 }] },
  { name: "addPersonToOffenceAction", allowed: ["analyst"], args: () => [{ offenceId: 1, personId: 1 }] },
  { name: "createPersonAction", allowed: ["analyst"], args: () => [{}] },
  { name: "mergePersonsAction", allowed: ["analyst"], args: () => [{}] },
  { name: "undoPersonMergeAction", allowed: ["analyst"], args: () => [{ mergeId: 1 }] },
  { name: "savePersonAccessReasonAction", allowed: CASE_READERS, args: () => [{ personId: 1, reason: "other", detail: "x" }] },
  { name: "updateInvestigationAction", allowed: ["investigator"], args: () => [{ id: 1, version: 1 }] },
  { name: "addInvestigationUpdateAction", allowed: ["investigator"], args: () => [{ id: 1, body: "Intruder's note" }] },
  { name: "reassignInvestigationAction", allowed: ["chair", "analyst"], args: (t) => [{ id: 1, version: 1, oicId: String(t.id) }] },
  { name: "updateOffenceListPreferencesAction", allowed: CASE_READERS, args: () => [{ columns: [], density: "compact" }] },
  // The import's route handlers (upload, rejected rows) are refused per role in e2e/imports.
  { name: "startImportAction", allowed: ["analyst"], args: () => [{ runId: 1, mode: "valid" }] },
];
