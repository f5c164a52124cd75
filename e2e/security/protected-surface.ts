import type { DemoAccountKey } from "../../lib/reference/demo-accounts";

// Every protected page and server action, and who may use it. The unauthorized-access spec tries
// each as every role that must be refused. A new page or action is added here in one line.

export type RoleKey = Exclude<DemoAccountKey, "deputy" | "investigator2">;
export const ROLES: RoleKey[] = ["chair", "analyst", "investigator", "partner", "admin"];

const CASE_READERS: RoleKey[] = ["chair", "analyst", "investigator"];
/** Agenda packs hold intelligence counts and investigation detail: the forum's chair and analyst only. */
const FORUM: RoleKey[] = ["chair", "analyst"];

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
  // Running the meeting, minutes, actions, decisions, notifications (issue 6). Meeting 1 is closed,
  // meeting 3 the draft next meeting; action 1 is owned by the demo investigator. A partner who
  // does not own action 1 is answered 404 by the row rule (lib/action-items integration tests).
  { path: "/meetings/3/run", allowed: ["chair"] },
  { path: "/meetings/3/run/1", allowed: ["chair"] },
  { path: "/meetings/1/minutes", allowed: ["chair", "analyst"] },
  { path: "/actions", allowed: ["chair", "analyst", "investigator", "partner"] },
  { path: "/actions/1", allowed: ["chair", "analyst", "investigator", "partner"] },
  { path: "/decisions", allowed: ["chair", "analyst"] },
  // Meetings and agenda packs (issue 6). Meeting 1 is a closed demo meeting with a pack.
  { path: "/meetings", allowed: FORUM },
  { path: "/meetings/1", allowed: FORUM },
  { path: "/meetings/1/pack", allowed: FORUM },
  { path: "/meetings/1/versions", allowed: FORUM },
  { path: "/meetings/new", allowed: ["analyst"] },
  { path: "/meetings/3/edit", allowed: ["analyst"] },
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
  // Agenda packs (issue 6): the analyst prepares, the chair publishes.
  { name: "generateAgendaPackAction", allowed: ["analyst"], args: () => [{ meetingId: 3 }] },
  { name: "annotateAgendaItemAction", allowed: ["analyst"], args: () => [{ itemId: 1, version: 1, annotation: "Intruder's note" }] },
  { name: "setAgendaItemRemovedAction", allowed: ["analyst"], args: () => [{ itemId: 1, version: 1, removed: true }] },
  { name: "moveAgendaItemAction", allowed: ["analyst"], args: () => [{ itemId: 1, version: 1, direction: "down" }] },
  { name: "addFreeAgendaItemAction", allowed: ["analyst"], args: () => [{ meetingId: 3, title: "Intruder's item", annotation: "" }] },
  { name: "publishAgendaPackAction", allowed: ["chair"], args: () => [{ meetingId: 3 }] },
  { name: "reopenAgendaPackAction", allowed: ["analyst"], args: () => [{ meetingId: 3 }] },
  { name: "saveMeetingAction", allowed: ["analyst"], args: () => [{ id: 3, version: 1 }] },
  // Running the meeting and forum actions (issue 6).
  { name: "startMeetingAction", allowed: ["chair"], args: () => [{ meetingId: 3, version: 1, attendees: [] }] },
  { name: "recordDiscussionAction", allowed: ["chair"], args: () => [{ agendaItemId: 1, version: 1, discussionNote: "Intruder's note", discussed: true }] },
  { name: "recordDecisionAction", allowed: ["chair"], args: () => [{ agendaItemId: 1, text: "Intruder's decision", rationale: "x" }] },
  {
    name: "raiseActionAction",
    allowed: ["chair"],
    args: (t) => [{ agendaItemId: 1, title: "Intruder's action", description: "", ownerId: String(t.id), dueOn: "2030-01-01", decisionId: "" }],
  },
  { name: "closeMeetingAction", allowed: ["chair"], args: () => [{ meetingId: 3, version: 1 }] },
  // Owners update their own actions (the row rule refuses anyone else's: integration tests).
  {
    name: "updateActionProgressAction",
    allowed: ["chair", "analyst", "investigator", "partner"],
    args: () => [{ id: 1, version: 1, status: "COMPLETED", note: "", resultNote: "Intruder", notPossibleReason: "" }],
  },
  { name: "reviewActionAction", allowed: ["chair"], args: () => [{ id: 1, version: 1, outcome: "NOT_DONE", note: "" }] },
  { name: "reassignActionAction", allowed: ["chair", "analyst"], args: (t) => [{ id: 1, version: 1, ownerId: String(t.id) }] },
  // Marks the caller's own notifications read: every signed-in role may.
  { name: "markNotificationsReadAction", allowed: ROLES, args: () => [{}] },
];
