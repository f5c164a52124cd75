import type { Column, TableSpec } from "@/prisma/seed/bulk-insert";
import type * as Rows from "@/prisma/factories/rows";

// How each dataset list maps onto its table. Column names are the database's (Prisma's field
// names); ids are inserted as generated, so links between rows need no look-ups.

const int = "int",
  text = "text",
  bool = "bool",
  float = "float8",
  date = "date",
  ts = "timestamp(3)";

function spec<R>(table: string, columns: [keyof R & string, string, Column<R>["ref"]?][]): TableSpec<R> {
  return { table, columns: columns.map(([name, type, ref]) => ({ name, type, ref })) };
}

export const PERSON = spec<Rows.PersonRow>("Person", [
  ["id", int],
  ["rmsRef", text],
  ["surname", text],
  ["forenames", text],
  ["dateOfBirth", date],
  ["gender", '"Gender"'],
  ["npuId", int, "npu"],
  ["vulnerable", bool],
  ["source", '"RecordSource"'],
  ["reviewOn", date],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const OFFENCE = spec<Rows.OffenceRow>("Offence", [
  ["id", int],
  ["crimeReference", text],
  ["offenceCode", text],
  ["knifeUsed", bool],
  ["occurredOn", date],
  ["recordedOn", date],
  ["npuId", int, "npu"],
  ["hotspotId", int, "hotspot"],
  ["locationText", text],
  ["latitude", float],
  ["longitude", float],
  ["summary", text],
  ["knifeRecovered", bool],
  ["domesticAbuse", bool],
  ["youngestVictimAge", int],
  ["reportedVictimAge", int],
  ["source", '"RecordSource"'],
  ["reviewOn", date],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const OFFENCE_PERSON = spec<Rows.OffencePersonRow>("OffencePerson", [
  ["id", int],
  ["offenceId", int],
  ["personId", int],
  ["role", '"PersonRole"'],
  ["ageAtTime", int],
  ["createdAt", ts],
]);

export const INVESTIGATION = spec<Rows.InvestigationRow>("Investigation", [
  ["id", int],
  ["offenceId", int],
  ["oicId", int, "user"],
  ["status", '"InvestigationStatus"'],
  ["outcomeCode", int],
  ["outcomeOn", date],
  ["chargedOn", date],
  ["flaggedForScrutiny", bool],
  ["scrutinyReason", text],
  ["flaggedById", int, "user"],
  ["flaggedAt", ts],
  ["nextReviewOn", date],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const INVESTIGATION_UPDATE = spec<Rows.InvestigationUpdateRow>("InvestigationUpdate", [
  ["id", int],
  ["investigationId", int],
  ["authorId", int, "user"],
  ["body", text],
  ["createdAt", ts],
]);

export const GROUP = spec<Rows.GroupRow>("Group", [
  ["id", int],
  ["name", text],
  ["type", '"GroupType"'],
  ["npuId", int, "npu"],
  ["description", text],
  ["active", bool],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const GROUP_MEMBERSHIP = spec<Rows.GroupMembershipRow>("GroupMembership", [
  ["id", int],
  ["groupId", int],
  ["personId", int],
  ["role", text],
  ["startOn", date],
  ["endOn", date],
]);

export const GROUP_OFFENCE = spec<Rows.GroupOffenceRow>("GroupOffence", [
  ["groupId", int],
  ["offenceId", int],
  ["linkedAt", ts],
]);

export const GROUP_PLAN_LINE = spec<Rows.GroupPlanLineRow>("GroupPlanLine", [
  ["id", int],
  ["groupId", int],
  ["strand", '"FourP"'],
  ["description", text],
  ["ownerId", int, "user"],
  ["status", '"PlanLineStatus"'],
  ["dueOn", date],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

const grading = [
  ["sourceEvaluation", '"SourceEvaluation"'],
  ["assessment", '"IntelAssessment"'],
  ["handlingCode", '"HandlingCode"'],
  ["handlingConditions", text],
] as const;

export const INTELLIGENCE_ITEM = spec<Rows.IntelligenceItemRow>("IntelligenceItem", [
  ["id", int],
  ["reference", text],
  ...grading.map(([n, t]): [keyof Rows.IntelligenceItemRow, string] => [n, t]),
  ["receivedOn", date],
  ["text", text],
  ["locationText", text],
  ["latitude", float],
  ["longitude", float],
  ["submittedById", int, "user"],
  ["reviewOn", date],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const INTELLIGENCE_GRADING = spec<Rows.IntelligenceGradingRow>("IntelligenceGrading", [
  ["id", int],
  ["itemId", int],
  ...grading.map(([n, t]): [keyof Rows.IntelligenceGradingRow, string] => [n, t]),
  ["reason", text],
  ["gradedById", int, "user"],
  ["gradedAt", ts],
]);

export const INTELLIGENCE_PERSON = spec<Rows.IntelligencePersonRow>("IntelligencePerson", [
  ["itemId", int],
  ["personId", int],
  ["linkedAt", ts],
]);
export const INTELLIGENCE_OFFENCE = spec<Rows.IntelligenceOffenceRow>("IntelligenceOffence", [
  ["itemId", int],
  ["offenceId", int],
  ["linkedAt", ts],
]);
export const INTELLIGENCE_GROUP = spec<Rows.IntelligenceGroupRow>("IntelligenceGroup", [
  ["itemId", int],
  ["groupId", int],
  ["linkedAt", ts],
]);

export const REFERRAL = spec<Rows.ReferralRow>("Referral", [
  ["id", int],
  ["personId", int],
  ["providerId", int, "provider"],
  ["pathway", text],
  ["offenceId", int],
  ["reason", text],
  ["referringOfficerId", int, "user"],
  ["referredOn", date],
  ["state", '"ReferralState"'],
  ["stateChangedOn", date],
  ["engagedOn", date],
  ["completedOn", date],
  ["followUpDueOn", date],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const REFERRAL_EVENT = spec<Rows.ReferralEventRow>("ReferralEvent", [
  ["id", int],
  ["referralId", int],
  ["fromState", '"ReferralState"'],
  ["toState", '"ReferralState"'],
  ["note", text],
  ["occurredOn", date],
  ["actorId", int, "user"],
  ["createdAt", ts],
]);

export const MEETING = spec<Rows.MeetingRow>("Meeting", [
  ["id", int],
  ["title", text],
  ["heldAt", ts],
  ["location", text],
  ["status", '"MeetingStatus"'],
  ["chairId", int, "user"],
  ["deputyId", int, "user"],
  ["periodStart", date],
  ["packVersion", int],
  ["publishedAt", ts],
  ["startedAt", ts],
  ["closedAt", ts],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const MEETING_ATTENDEE = spec<Rows.MeetingAttendeeRow>("MeetingAttendee", [
  ["id", int],
  ["meetingId", int],
  ["userId", int, "user"],
  ["name", text],
  ["organisation", text],
  ["status", '"AttendanceStatus"'],
]);

/** actionItemId is set afterwards: agenda items, decisions and actions refer to each other in a circle. */
export const AGENDA_ITEM = spec<Rows.AgendaItemRow>("AgendaItem", [
  ["id", int],
  ["meetingId", int],
  ["position", int],
  ["kind", '"AgendaItemKind"'],
  ["title", text],
  ["annotation", text],
  ["offenceId", int],
  ["personId", int],
  ["referralId", int],
  ["discussed", bool],
  ["discussionNote", text],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const DECISION = spec<Rows.DecisionRow>("Decision", [
  ["id", int],
  ["meetingId", int],
  ["agendaItemId", int],
  ["offenceId", int],
  ["personId", int],
  ["text", text],
  ["rationale", text],
  ["recordedById", int, "user"],
  ["recordedAt", ts],
]);

export const ACTION_ITEM = spec<Rows.ActionItemRow>("ActionItem", [
  ["id", int],
  ["title", text],
  ["description", text],
  ["ownerId", int, "user"],
  ["dueOn", date],
  ["status", '"ActionStatus"'],
  ["resultNote", text],
  ["notPossibleReason", text],
  ["timesCarried", int],
  ["meetingId", int],
  ["decisionId", int],
  ["offenceId", int],
  ["personId", int],
  ["raisedById", int, "user"],
  ["closedAt", ts],
  ["escalatedAt", ts],
  ["createdAt", ts],
  ["updatedAt", ts],
]);

export const ACTION_UPDATE = spec<Rows.ActionUpdateRow>("ActionUpdate", [
  ["id", int],
  ["actionItemId", int],
  ["authorId", int, "user"],
  ["note", text],
  ["createdAt", ts],
]);
