import { ROLE_LABELS } from "@/lib/labels/role";
import type { Role } from "@/lib/enums";
import type { Snapshot } from "@/lib/audit/diff";

// The audit events the app may write, each with its DPA 2018 s.62 category. The category is a
// property of the event, not of the call, so a caller cannot file a disclosure as a consultation.
// The input type below makes each category carry what s.62 requires of it: a before/after for
// alterations, a justification for consultations, recipients for disclosures.
// Only events some code writes are listed (issue 19 removed 8 never written, none of which any
// version of the app ever wrote, so no stored row names them). ERASURE has no event yet: the app
// erases nothing; records are withdrawn, closed or merged instead.

export const AUDIT_CATEGORIES = [
  "COLLECTION",
  "ALTERATION",
  "CONSULTATION",
  "DISCLOSURE",
  "COMBINATION",
  "ERASURE",
  "SECURITY",
] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

export const AUDIT_EVENTS = {
  // Offences
  "offence.created": "COLLECTION",
  "offence.imported": "COLLECTION",
  "offence.updated": "ALTERATION",
  "offence.viewed": "CONSULTATION",
  // Issue 18: the printable case summary (print view or PDF), a disclosure as the agenda pack's PDF is.
  "offence.summary-printed": "DISCLOSURE",
  // Persons
  "person.created": "COLLECTION",
  "person.updated": "ALTERATION",
  "person.viewed": "CONSULTATION",
  "person.linked": "COMBINATION",
  "person.merged": "COMBINATION",
  "person.merge-undone": "COMBINATION",
  // Issue 13.9: a search by a person's name is a consultation, logged with its terms.
  "person.searched": "CONSULTATION",
  "offence.searched-by-person": "CONSULTATION",
  // Issue 18: the header search box, logged with its terms whatever it found.
  "search.performed": "CONSULTATION",
  "referral.searched-by-person": "CONSULTATION",
  // Issue 18: saved views of the lists. Deleting one erases it (its query may hold a name searched for).
  "saved-view.created": "COLLECTION",
  "saved-view.updated": "ALTERATION",
  "saved-view.deleted": "ERASURE",
  // Issue 18: the people index (/persons), logged with every criterion and the page.
  "person.index-searched": "CONSULTATION",
  // Investigations
  "investigation.created": "COLLECTION",
  "investigation.updated": "ALTERATION",
  "investigation.reassigned": "ALTERATION",
  "investigation.flagged": "ALTERATION",
  "investigation.note-added": "COLLECTION",
  // Intelligence
  "intel.submitted": "COLLECTION",
  "intel.graded": "ALTERATION",
  "intel.viewed": "CONSULTATION",
  "intel.linked": "COMBINATION",
  // Groups
  "group.viewed": "CONSULTATION",
  "group.member-added": "COMBINATION",
  "group.member-removed": "ALTERATION",
  // Groups and the link view (issue 5: groups, network)
  "group.offence-linked": "COMBINATION",
  "group.plan-line-added": "COLLECTION",
  "group.plan-line-updated": "ALTERATION",
  // One row per network view: the persons and intelligence it showed are in the row's detail.
  "network.viewed": "CONSULTATION",
  // Interventions
  "referral.created": "COLLECTION",
  "referral.updated": "ALTERATION",
  "referral.viewed": "CONSULTATION",
  // Interventions, issue 5 (H5b): notes on a referral, refused referral changes (an inactive
  // provider, a step outside the lifecycle), and the provider directory.
  "referral.note-added": "COLLECTION",
  "referral.refused": "SECURITY",
  "provider.created": "COLLECTION",
  "provider.updated": "ALTERATION",
  // The forum
  "meeting.created": "COLLECTION",
  "meeting.updated": "ALTERATION",
  "meeting.viewed": "CONSULTATION",
  "agenda.published": "DISCLOSURE",
  "pack.printed": "DISCLOSURE",
  // Agenda packs (issue 6, meetings and packs)
  "agenda.generated": "COMBINATION",
  "agenda.item-added": "COLLECTION",
  "agenda.item-updated": "ALTERATION",
  "agenda.reopened": "ALTERATION",
  // Pack curation at real size (issue 12): moves to a place or section, bulk changes, promotions.
  "agenda.item-moved": "ALTERATION",
  "agenda.items-changed": "ALTERATION",
  "agenda.item-promoted": "COLLECTION",
  "decision.recorded": "COLLECTION",
  "action.raised": "COLLECTION",
  "action.updated": "ALTERATION",
  "action.reassigned": "ALTERATION",
  "action.closed": "ALTERATION",
  // The forum: running the meeting, minutes, actions and escalation (issue 6)
  "meeting.started": "ALTERATION",
  "meeting.closed": "ALTERATION",
  "agenda-item.noted": "ALTERATION",
  "action.reviewed": "ALTERATION",
  "action.carried-forward": "ALTERATION",
  "action.escalated": "ALTERATION",
  "action.overdue-notified": "ALTERATION",
  "minutes.downloaded": "DISCLOSURE",
  // Data movement and retention (MoPI)
  "import.completed": "COLLECTION",
  // The import page listed the persons a run created, with their likely matches (ids in the detail).
  "import.duplicates-viewed": "CONSULTATION",
  // Written by the seed (prisma/seed) directly (one row per synthetic load), never through writeAudit.
  "seed.loaded": "COLLECTION",
  "export.downloaded": "DISCLOSURE",
  // Administration
  "user.created": "SECURITY",
  "user.updated": "SECURITY",
  "user.role-changed": "SECURITY",
  "user.disabled": "SECURITY",
  "user.enabled": "SECURITY",
  "user.password-reset": "SECURITY",
  // Issue 13.14: a case role or a password on a case-role account, asked for, approved or refused
  // by a second person; and the owner replacing an administrator-set password.
  "account-change.requested": "SECURITY",
  "account-change.approved": "SECURITY",
  "account-change.refused": "SECURITY",
  "user.password-changed": "SECURITY",
  // Issue 17: geofences imported (offences re-placed by their point) and harm weights changed.
  "geofences.imported": "ALTERATION",
  "harm-weights.changed": "ALTERATION",
  "engagement-plan.created": "COLLECTION",
  "engagement-plan.updated": "ALTERATION",
  "engagement-stakeholder.added": "COLLECTION",
  "engagement-entry.added": "COLLECTION",
  // Issue 17: patrol dosage imported; a period's randomised deployment recorded, or corrected
  // (a new record superseding the first, with its reason).
  "patrols.imported": "COLLECTION",
  "patrol-deployment.recorded": "COLLECTION",
  "patrol-deployment.corrected": "ALTERATION",
  "audit.searched": "CONSULTATION",
  "audit.chain-verified": "SECURITY",
  // Sign-in and access control
  "auth.sign-in": "SECURITY",
  "auth.sign-in-failed": "SECURITY",
  "auth.sign-in-throttled": "SECURITY",
  "auth.sign-out": "SECURITY",
  "auth.sign-out-everywhere": "SECURITY",
  "auth.session-rejected": "SECURITY",
  "access.refused": "SECURITY",
  "request.refused": "SECURITY",
} as const satisfies Record<string, AuditCategory>;

export type AuditEventName = keyof typeof AUDIT_EVENTS;
export type EventsIn<C extends AuditCategory> = {
  [E in AuditEventName]: (typeof AUDIT_EVENTS)[E] extends C ? E : never;
}[AuditEventName];

/** Who did it. `id` null for the unauthenticated (a failed sign-in) and for system jobs. */
export type AuditActor = { id: number | null; label: string; address?: string | null };
/** What it was done to: the table's model name in kebab-case ("offence", "person") and its id. */
export type AuditEntity = { type: string; id: string | number | bigint };
export type AuditDetail = Record<string, unknown>;

type Base = { actor: AuditActor; detail?: AuditDetail };

export type AuditEventInput =
  | (Base & { event: EventsIn<"COLLECTION">; entity: AuditEntity; after: Snapshot })
  | (Base & { event: EventsIn<"ALTERATION">; entity: AuditEntity; before: Snapshot; after: Snapshot })
  | (Base & { event: EventsIn<"CONSULTATION">; entity: AuditEntity; justification: string })
  | (Base & { event: EventsIn<"DISCLOSURE">; entity: AuditEntity; justification: string; recipients: string })
  | (Base & { event: EventsIn<"COMBINATION">; entity: AuditEntity; detail: AuditDetail })
  | (Base & { event: EventsIn<"ERASURE">; entity: AuditEntity; before: Snapshot; justification: string })
  | (Base & {
      event: EventsIn<"SECURITY">;
      entity?: AuditEntity;
      before?: Snapshot;
      after?: Snapshot;
      justification?: string;
    });

export function categoryOf(event: AuditEventName): AuditCategory {
  return AUDIT_EVENTS[event];
}

/**
 * The signed-in user as an audit row needs them. Structural, so lib/audit does not import lib/auth
 * (auth writes audit rows; the folders would import each other): every `Actor` is one.
 */
export type SignedInForAudit = { id: number; name: string; role: Role; address: string | null };

export function auditActorOf(actor: SignedInForAudit): AuditActor {
  return { id: actor.id, label: `${actor.name} (${ROLE_LABELS[actor.role]})`, address: actor.address };
}

export function anonymousActor(address: string | null, label = "not signed in"): AuditActor {
  return { id: null, label, address };
}

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system", address: null };
