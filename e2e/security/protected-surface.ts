import type { DemoAccountKey } from "../../lib/reference/demo-accounts";

// Every protected page and server action, and who may use it. The unauthorized-access spec tries
// each as every role that must be refused. A new page or action is added here in one line.

export type RoleKey = Exclude<DemoAccountKey, "deputy" | "investigator2">;
export const ROLES: RoleKey[] = ["chair", "analyst", "investigator", "partner", "admin"];

const CASE_READERS: RoleKey[] = ["chair", "analyst", "investigator"];
/** Agenda packs hold intelligence counts and investigation detail: the forum's chair and analyst only. */
const FORUM: RoleKey[] = ["chair", "analyst"];
/** Saved views of the lists (issue 18): every role that has a list to filter. */
const VIEW_SAVERS: RoleKey[] = ["chair", "analyst", "investigator", "partner"];

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
  // Issue 13.14: the second person who approves a case role or a case-role password.
  { path: "/admin/approvals", allowed: ["admin", "chair"] },
  { path: "/account/password", allowed: ROLES },
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
  // Issue 18: the printable case summary (asks the reason first, then shows what the role may see).
  { path: "/offences/1/summary", allowed: CASE_READERS },
  { path: "/offences/1/edit", allowed: ["analyst"] },
  { path: "/offences/1/people/add", allowed: ["analyst"] },
  { path: "/persons/1", allowed: CASE_READERS },
  // Issue 18: the people index. Partners have none (they reach a person only through a referral).
  { path: "/persons", allowed: CASE_READERS },
  { path: "/persons/merge", allowed: ["analyst"] },
  // Interventions and referrals (issue 5, H5b). A partner's own referral is checked by its own spec.
  { path: "/referrals/new?person=1", allowed: CASE_READERS },
  { path: "/referrals/1", allowed: ["partner"] },
  // Issue 18: every signed-in role may search (each sees only what it could open); partners find
  // their own referrals.
  { path: "/search", allowed: ROLES },
  { path: "/referrals", allowed: ["partner"] },
  { path: "/referrals/effectiveness", allowed: ["chair", "analyst"] },
  {
    path: "/referrals/effectiveness/persons?provider=St%20Giles%20Trust&pathway=Hospital%20reachable%20moment&measure=referred",
    allowed: ["chair", "analyst"],
  },
  { path: "/admin/providers", allowed: ["admin"] },
  { path: "/admin/providers/new", allowed: ["admin"] },
  { path: "/admin/providers/1", allowed: ["admin"] },
  // Groups and the link view (issue 5, H5c). Group 1 and its first membership and plan line exist in every demo seed.
  { path: "/groups", allowed: ["chair", "analyst"] },
  { path: "/groups/1", allowed: ["chair", "analyst"] },
  { path: "/groups/1/members/add", allowed: ["analyst"] },
  { path: "/groups/1/members/1/end", allowed: ["analyst"] },
  { path: "/groups/1/plan/add", allowed: ["analyst"] },
  { path: "/groups/1/plan/1", allowed: ["analyst"] },
  { path: "/groups/1/offences/link", allowed: ["analyst"] },
  { path: "/network?from=offence:1", allowed: CASE_READERS },
  { path: "/network?from=person:1", allowed: CASE_READERS },
  { path: "/network?from=group:1", allowed: ["chair", "analyst"] },
  // Intelligence (issue 5, H5a). Item 1 exists in every demo seed; partners and the administrator
  // are refused everything, investigators get restricted items as markers (e2e/intelligence).
  { path: "/intelligence", allowed: CASE_READERS },
  { path: "/intelligence/new", allowed: ["analyst", "investigator"] },
  { path: "/intelligence/1", allowed: CASE_READERS },
  { path: "/intelligence/1/grade", allowed: ["analyst"] },
  // Figures and returns (issue 7): the chair and analysts; partners get the SVD file from them.
  { path: "/figures", allowed: ["chair", "analyst"] },
  { path: "/returns", allowed: ["chair", "analyst"] },
  { path: "/figures/export?table=svd", allowed: ["chair", "analyst"] },
  // Hotspots, the map and geofence imports (issue 17): partners see boundaries, never offences.
  { path: "/hotspots", allowed: ["chair", "analyst", "investigator", "partner"] },
  { path: "/map", allowed: ["chair", "analyst", "investigator", "partner"] },
  { path: "/imports/geofences", allowed: ["analyst"] },
  // The hotspot page (partners: the geofence only) and the harm weight table (administrators).
  { path: "/hotspots/1", allowed: ["chair", "analyst", "investigator", "partner"] },
  // Keeping a hotspot's community engagement plan: those who keep plans (engagement.write).
  { path: "/hotspots/1/engagement", allowed: ["chair", "analyst"] },
  { path: "/admin/harm-weights", allowed: ["admin"] },
  // Guardian patrols (issue 17): the chair reads the evaluation, analysts also record; partners none.
  { path: "/patrols", allowed: ["chair", "analyst"] },
  { path: "/patrols/deployments", allowed: ["chair", "analyst"] },
  { path: "/imports/patrols", allowed: ["analyst"] },
  // RMS imports (issue 7): analysts only. The run page refuses before it looks the run up.
  { path: "/imports", allowed: ["analyst"] },
  { path: "/imports/1", allowed: ["analyst"] },
  // Running the meeting, minutes, actions, decisions, notifications (issue 6). Meeting 1 is closed,
  // meeting 3 the draft next meeting; action 1 is owned by the demo investigator. A partner who
  // does not own action 1 is answered 404 by the row rule (lib/action-items integration tests).
  { path: "/meetings/3/run", allowed: ["chair"] },
  { path: "/meetings/3/run/1", allowed: ["chair"] },
  // Closing's confirmation page (issue 12).
  { path: "/meetings/3/close", allowed: ["chair"] },
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
  // Saved views (issue 18): every role with a list; the administrator has none. A view the user
  // neither owns nor was shared is "not found" (lib/saved-views integration tests).
  { path: "/views/new?list=ACTIONS", allowed: VIEW_SAVERS },
  { path: "/views", allowed: VIEW_SAVERS },
  { path: "/views/1", allowed: VIEW_SAVERS },
  { path: "/views/1/edit", allowed: VIEW_SAVERS },
  { path: "/views/1/delete", allowed: VIEW_SAVERS },
];

type Target = { id: number; version: number };

/** Actions that change another record: called directly with the target's id and version. */
export const ACTIONS: { name: string; allowed: RoleKey[]; args: (t: Target) => unknown[] }[] = [
  { name: "disableUserAction", allowed: ["admin"], args: (t) => [{ id: t.id, version: t.version }] },
  { name: "enableUserAction", allowed: ["admin"], args: (t) => [{ id: t.id, version: t.version }] },
  {
    name: "signOutUserEverywhereAction",
    allowed: ["admin"],
    args: (t) => [{ id: t.id, version: t.version }],
  },
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
    args: () => [
      {
        name: "Intruder Made",
        email: `intruder-${Date.now()}@captiva.example`,
        jobTitle: "",
        role: "ADMIN",
        npuId: "",
        providerId: "",
      },
    ],
  },
  { name: "checkAuditChainAction", allowed: ["admin"], args: () => [{}] },
  {
    name: "decideAccountChangeAction",
    allowed: ["admin", "chair"],
    args: () => [{ id: 2_000_000_000, decision: "approve" }],
  },
  { name: "changeOwnPasswordAction", allowed: ROLES, args: () => [{}] },
  // The case register (issue 4). The permission is checked before the input is read, so a refused
  // role is refused whatever it sends; the row rules (officer in charge) have their own specs.
  { name: "createOffenceAction", allowed: ["analyst"], args: () => [{}] },
  { name: "updateOffenceAction", allowed: ["analyst"], args: () => [{ id: 1, version: 1 }] },
  { name: "addPersonToOffenceAction", allowed: ["analyst"], args: () => [{ offenceId: 1, personId: 1 }] },
  { name: "createPersonAction", allowed: ["analyst"], args: () => [{}] },
  { name: "mergePersonsAction", allowed: ["analyst"], args: () => [{}] },
  { name: "undoPersonMergeAction", allowed: ["analyst"], args: () => [{ mergeId: 1 }] },
  {
    name: "savePersonAccessReasonAction",
    allowed: CASE_READERS,
    args: () => [{ personId: 1, reason: "other", detail: "x" }],
  },
  { name: "updateInvestigationAction", allowed: ["investigator"], args: () => [{ id: 1, version: 1 }] },
  {
    name: "addInvestigationUpdateAction",
    allowed: ["investigator"],
    args: () => [{ id: 1, body: "Intruder's note" }],
  },
  {
    name: "reassignInvestigationAction",
    allowed: ["chair", "analyst"],
    args: (t) => [{ id: 1, version: 1, oicId: String(t.id) }],
  },
  {
    name: "updateOffenceListPreferencesAction",
    allowed: CASE_READERS,
    args: () => [{ columns: [], density: "compact" }],
  },
  { name: "findOfficersAction", allowed: CASE_READERS, args: () => [{ text: "te" }] },
  // Interventions and referrals (issue 5, H5b). A partner posting to another provider's referral
  // is e2e/referrals/partner-referrals.spec.ts.
  {
    name: "createReferralAction",
    allowed: CASE_READERS,
    args: () => [
      { personId: "1", route: "1:Hospital reachable moment", reason: "Intruder", referredOn: "2026-01-01" },
    ],
  },
  {
    name: "updateReferralAction",
    allowed: ["partner"],
    args: () => [{ id: 1, version: 1, toState: "CLOSED", occurredOn: "2026-01-01", note: "Intruder" }],
  },
  {
    name: "createProviderAction",
    allowed: ["admin"],
    args: () => [
      {
        name: "Intruder Services",
        type: "x",
        pathways: "x",
        areaCovered: "x",
        contactRoute: "x",
        active: "yes",
      },
    ],
  },
  {
    name: "updateProviderAction",
    allowed: ["admin"],
    args: () => [
      {
        id: 1,
        version: 1,
        name: "Renamed",
        type: "x",
        pathways: "x",
        areaCovered: "x",
        contactRoute: "x",
        active: "no",
      },
    ],
  },
  // Groups (issue 5, H5c): analysts only.
  {
    name: "addGroupMemberAction",
    allowed: ["analyst"],
    args: () => [{ groupId: 1, personId: "1", role: "associate", startOn: "2026-01-01" }],
  },
  {
    name: "endGroupMembershipAction",
    allowed: ["analyst"],
    args: () => [{ membershipId: 1, version: 1, endOn: "2026-01-01" }],
  },
  {
    name: "addPlanLineAction",
    allowed: ["analyst"],
    args: (t) => [
      {
        groupId: 1,
        strand: "PURSUE",
        description: "Intruder's line",
        ownerId: String(t.id),
        status: "NOT_STARTED",
        dueOn: "",
      },
    ],
  },
  {
    name: "updatePlanLineAction",
    allowed: ["analyst"],
    args: (t) => [
      {
        id: 1,
        version: 1,
        strand: "PURSUE",
        description: "Intruder's line",
        ownerId: String(t.id),
        status: "STOPPED",
        dueOn: "",
      },
    ],
  },
  {
    name: "linkGroupOffenceAction",
    allowed: ["analyst"],
    args: () => [{ groupId: 1, crimeReference: "Intruder" }],
  },
  // Intelligence (issue 5, H5a): submit for investigators and analysts; re-grade and link for analysts.
  { name: "submitIntelligenceAction", allowed: ["analyst", "investigator"], args: () => [{}] },
  {
    name: "findIntelligenceLinkTargetsAction",
    allowed: ["analyst", "investigator"],
    args: () => [{ kind: "person", query: "Smith" }],
  },
  {
    name: "regradeIntelligenceAction",
    allowed: ["analyst"],
    args: () => [
      {
        id: 1,
        version: 1,
        sourceEvaluation: "S3",
        assessment: "E",
        handlingCode: "P",
        handlingConditions: "",
        reason: "Intruder",
      },
    ],
  },
  {
    name: "changeIntelligenceLinkAction",
    allowed: ["analyst"],
    args: () => [{ itemId: 1, kind: "person", targetId: 1, linked: false }],
  },
  // The import's route handlers (upload, rejected rows) are refused per role in e2e/imports.
  { name: "startImportAction", allowed: ["analyst"], args: () => [{ runId: 1, mode: "valid" }] },
  // Agenda packs (issue 6): the analyst prepares, the chair publishes.
  { name: "generateAgendaPackAction", allowed: ["analyst"], args: () => [{ meetingId: 3 }] },
  {
    name: "annotateAgendaItemAction",
    allowed: ["analyst"],
    args: () => [{ itemId: 1, version: 1, annotation: "Intruder's note" }],
  },
  {
    name: "setAgendaItemRemovedAction",
    allowed: ["analyst"],
    args: () => [{ itemId: 1, version: 1, removed: true }],
  },
  {
    name: "moveAgendaItemAction",
    allowed: ["analyst"],
    args: () => [{ itemId: 1, version: 1, direction: "down" }],
  },
  {
    name: "addFreeAgendaItemAction",
    allowed: ["analyst"],
    args: () => [{ meetingId: 3, title: "Intruder's item", annotation: "" }],
  },
  // Pack curation at real size (issue 12).
  { name: "promoteOffenceAction", allowed: ["analyst"], args: () => [{ meetingId: 3, offenceId: 1 }] },
  {
    name: "promoteInSessionAction",
    allowed: ["chair"],
    args: () => [{ meetingId: 3, offenceId: 1, tableItemId: 1, version: 1 }],
  },
  {
    name: "reviewMeetingActionAction",
    allowed: ["chair"],
    args: () => [{ meetingId: 3, actionItemId: 1, version: 1, review: "carry", note: "" }],
  },
  {
    name: "bulkAgendaItemsAction",
    allowed: ["analyst"],
    args: () => [{ meetingId: 3, items: [{ itemId: 1, version: 1 }], operation: "remove" }],
  },
  { name: "publishAgendaPackAction", allowed: ["chair"], args: () => [{ meetingId: 3 }] },
  { name: "reopenAgendaPackAction", allowed: ["analyst"], args: () => [{ meetingId: 3 }] },
  { name: "saveMeetingAction", allowed: ["analyst"], args: () => [{ id: 3, version: 1 }] },
  // Running the meeting and forum actions (issue 6).
  {
    name: "startMeetingAction",
    allowed: ["chair"],
    args: () => [{ meetingId: 3, version: 1, attendees: [] }],
  },
  {
    name: "recordDiscussionAction",
    allowed: ["chair"],
    args: () => [{ agendaItemId: 1, version: 1, discussionNote: "Intruder's note", discussed: true }],
  },
  {
    name: "recordDecisionAction",
    allowed: ["chair"],
    args: () => [{ agendaItemId: 1, text: "Intruder's decision", rationale: "x" }],
  },
  {
    name: "raiseActionAction",
    allowed: ["chair"],
    args: (t) => [
      {
        agendaItemId: 1,
        title: "Intruder's action",
        description: "",
        ownerId: String(t.id),
        dueOn: "2030-01-01",
        decisionId: "",
      },
    ],
  },
  { name: "closeMeetingAction", allowed: ["chair"], args: () => [{ meetingId: 3, version: 1 }] },
  // Owners update their own actions (the row rule refuses anyone else's: integration tests).
  {
    name: "updateActionProgressAction",
    allowed: ["chair", "analyst", "investigator", "partner"],
    args: () => [
      { id: 1, version: 1, status: "COMPLETED", note: "", resultNote: "Intruder", notPossibleReason: "" },
    ],
  },
  {
    name: "reviewActionAction",
    allowed: ["chair"],
    args: () => [{ id: 1, version: 1, outcome: "NOT_DONE", note: "" }],
  },
  {
    name: "reassignActionAction",
    allowed: ["chair", "analyst"],
    args: (t) => [{ id: 1, version: 1, ownerId: String(t.id) }],
  },
  // Community engagement plans (issue 17): the chair and analysts keep them.
  {
    name: "createEngagementPlanAction",
    allowed: ["chair", "analyst"],
    args: (t) => [{ hotspotId: 1, ownerId: String(t.id), aims: "Intruder", nextUpdateDue: "2030-01-01" }],
  },
  {
    name: "updateEngagementPlanAction",
    allowed: ["chair", "analyst"],
    args: (t) => [
      { id: 1, version: 1, ownerId: String(t.id), aims: "Intruder", nextUpdateDue: "2030-01-01" },
    ],
  },
  {
    name: "addEngagementStakeholderAction",
    allowed: ["chair", "analyst"],
    args: () => [{ planId: 1, kind: "OTHER", name: "Intruder", contactRole: "x" }],
  },
  {
    name: "addEngagementEntryAction",
    allowed: ["chair", "analyst"],
    args: (t) => [
      {
        planId: 1,
        kind: "UPDATE",
        heldOn: "2026-01-01",
        ownerId: String(t.id),
        summary: "x",
        communityAsked: "",
        nextUpdateDue: "",
      },
    ],
  },
  // Harm weights (issue 17): administrators only.
  {
    name: "changeHarmWeightAction",
    allowed: ["admin"],
    args: () => [
      { offenceCode: "8N", weight: "1", effectiveFrom: "2099-01-01", source: "Intruder", reason: "Intruder" },
    ],
  },
  // Guardian patrols (issue 17): a period's deployment, or its correction, is the analyst's alone.
  {
    name: "recordPatrolDeploymentAction",
    allowed: ["analyst"],
    args: () => [{ periodStart: "2030-01-07", treatment: "X1", control: "X2" }],
  },
  {
    name: "correctPatrolDeploymentAction",
    allowed: ["analyst"],
    args: () => [
      { periodStart: "2030-01-07", treatment: "X1", control: "X2", reason: "an attacker's change" },
    ],
  },
  // Marks the caller's own notifications read: every signed-in role may.
  { name: "markNotificationsReadAction", allowed: ROLES, args: () => [{}] },
  // Saved views (issue 18): the owner rule and sharing are in lib/saved-views integration tests.
  {
    name: "saveViewAction",
    allowed: VIEW_SAVERS,
    args: () => [{ kind: "OFFENCES", name: "Intruder's view", query: "" }],
  },
  {
    name: "updateViewAction",
    allowed: VIEW_SAVERS,
    args: () => [{ id: 1, version: 1, name: "Intruder", shared: true }],
  },
  { name: "deleteViewAction", allowed: VIEW_SAVERS, args: () => [{ id: 1, version: 1 }] },
];

/**
 * Pages, route handlers and actions in app/ that are not in PAGES or ACTIONS, each with why. The
 * coverage test (scripts/lib/protected-surface-coverage.test.ts) fails naming any page, route or
 * action that is in none of the three lists, so a new one cannot be forgotten. `gap` marks
 * entries with no refused-role test yet.
 */
export const ELSEWHERE: { route?: string; action?: string; why: string; gap?: true }[] = [
  { route: "/", why: "every signed-in role has a home; signed out it is tried first by unauthorized-access" },
  { route: "/sign-in", why: "public" },
  { route: "/api/auth/[...nextauth]", why: "next-auth's own endpoints, public by design" },
  { route: "/api/health/live", why: "public liveness probe (e2e/foundation/health.spec.ts)" },
  { route: "/api/health/ready", why: "public readiness probe (e2e/foundation/health.spec.ts)" },
  { route: "/auth/session-ended", why: "public: only clears the caller's own cookie" },
  { route: "/notifications", why: "every signed-in role reads its own notifications" },
  { route: "/figures/export/csv", why: "refused roles get 403: e2e/figures/figures.spec.ts" },
  {
    route: "/search/run",
    why: "every signed-in role may search; signed out and cross-site posts are refused: e2e/search/search.spec.ts",
  },
  { route: "/offences/export/csv", why: "refused roles: e2e/offences/offence-list-access.spec.ts" },
  { route: "/imports/upload", why: "refused per role: e2e/imports/import.spec.ts" },
  { route: "/imports/geofences/upload", why: "refused per role: e2e/map/geofence-routes.spec.ts" },
  { route: "/imports/geofences/apply", why: "refused per role: e2e/map/geofence-routes.spec.ts" },
  { route: "/imports/patrols/upload", why: "refused per role: e2e/patrols/patrol-routes.spec.ts" },
  { route: "/imports/patrols/apply", why: "refused per role: e2e/patrols/patrol-routes.spec.ts" },
  { route: "/patrols/export", why: "refused per role: e2e/patrols/patrol-routes.spec.ts" },
  { route: "/imports/[id]/rejected", why: "refused per role: e2e/imports/import.spec.ts" },
  {
    route: "/offences/[id]/summary.pdf",
    why: "e2e/case-summary/case-summary.spec.ts posts it as a refused role (partner)",
  },
  { route: "/meetings/[id]/pack.pdf", why: "e2e/forum/forum.spec.ts posts it as a refused role" },
  {
    route: "/meetings/[id]/minutes/minutes.pdf",
    why: "downloaded by the chair in e2e/forum; no refused-role test yet",
    gap: true,
  },
  { action: "signInAction", why: "public: signing in" },
  { action: "signOutAction", why: "the caller's own session only" },
  { action: "signOutEverywhereAction", why: "the caller's own sessions only (permission signed-in)" },
];
