import type * as Db from "@/lib/enums";
import type { IsoDate } from "@/prisma/factories/dates";

// Plain row objects, one per table, with the database's column names. Dates are ISO strings
// ("2025-04-01"), timestamps ISO instants. Foreign keys to users, NPUs, hotspots and providers are
// positions in the dataset's own lists (users) or lib/reference (the rest), counted from 1; the
// writer maps them to database ids.

type Stamps = { createdAt: string; updatedAt: string };

export type UserRow = {
  id: number;
  email: string;
  name: string;
  jobTitle: string | null;
  role: Db.Role;
  npuId: number | null;
  providerId: number | null;
  /** Demo accounts get the documented demo password; the rest cannot sign in. */
  demoAccount: boolean;
};

export type PersonRow = Stamps & {
  id: number;
  rmsRef: string | null;
  surname: string;
  forenames: string;
  dateOfBirth: IsoDate | null;
  gender: Db.Gender;
  npuId: number | null;
  vulnerable: boolean;
  source: Db.RecordSource;
  reviewOn: IsoDate | null;
};

export type OffenceRow = Stamps & {
  id: number;
  crimeReference: string;
  offenceCode: string;
  knifeUsed: boolean;
  occurredOn: IsoDate;
  recordedOn: IsoDate;
  npuId: number;
  hotspotId: number | null;
  locationText: string | null;
  latitude: number | null;
  longitude: number | null;
  summary: string;
  knifeRecovered: boolean;
  domesticAbuse: boolean;
  /** The generator's own severity, which picks the serious cases and the meetings' order; not stored
   * (harm is the harm weight table's, issue 17). */
  harmScore: number;
  youngestVictimAge: number | null;
  reportedVictimAge: number | null;
  source: Db.RecordSource;
  reviewOn: IsoDate | null;
};

export type OffencePersonRow = {
  id: number;
  offenceId: number;
  personId: number;
  role: Db.PersonRole;
  ageAtTime: number | null;
  createdAt: string;
};

export type InvestigationRow = Stamps & {
  id: number;
  offenceId: number;
  oicId: number | null;
  status: Db.InvestigationStatus;
  outcomeCode: number | null;
  outcomeOn: IsoDate | null;
  chargedOn: IsoDate | null;
  flaggedForScrutiny: boolean;
  scrutinyReason: string | null;
  flaggedById: number | null;
  flaggedAt: string | null;
  nextReviewOn: IsoDate | null;
};

export type InvestigationUpdateRow = {
  id: number;
  investigationId: number;
  authorId: number;
  body: string;
  createdAt: string;
};

export type GradingFields = {
  sourceEvaluation: Db.SourceEvaluation;
  assessment: Db.IntelAssessment;
  handlingCode: Db.HandlingCode;
  handlingConditions: string | null;
};

export type IntelligenceItemRow = Stamps &
  GradingFields & {
    id: number;
    reference: string;
    receivedOn: IsoDate;
    text: string;
    locationText: string | null;
    latitude: number | null;
    longitude: number | null;
    submittedById: number;
    reviewOn: IsoDate | null;
  };

export type IntelligenceGradingRow = GradingFields & {
  id: number;
  itemId: number;
  reason: string | null;
  gradedById: number;
  gradedAt: string;
};

export type IntelligencePersonRow = { itemId: number; personId: number; linkedAt: string };
export type IntelligenceOffenceRow = { itemId: number; offenceId: number; linkedAt: string };
export type IntelligenceGroupRow = { itemId: number; groupId: number; linkedAt: string };

export type GroupRow = Stamps & {
  id: number;
  name: string;
  type: Db.GroupType;
  npuId: number | null;
  description: string;
  active: boolean;
};

export type GroupMembershipRow = {
  id: number;
  groupId: number;
  personId: number;
  role: string;
  startOn: IsoDate;
  endOn: IsoDate | null;
};
export type GroupOffenceRow = { groupId: number; offenceId: number; linkedAt: string };

export type GroupPlanLineRow = Stamps & {
  id: number;
  groupId: number;
  strand: Db.FourP;
  description: string;
  ownerId: number;
  status: Db.PlanLineStatus;
  dueOn: IsoDate | null;
};

export type ReferralRow = Stamps & {
  id: number;
  personId: number;
  providerId: number;
  pathway: string;
  offenceId: number | null;
  reason: string;
  referringOfficerId: number;
  referredOn: IsoDate;
  state: Db.ReferralState;
  stateChangedOn: IsoDate;
  engagedOn: IsoDate | null;
  completedOn: IsoDate | null;
  followUpDueOn: IsoDate | null;
};

export type ReferralEventRow = {
  id: number;
  referralId: number;
  fromState: Db.ReferralState | null;
  toState: Db.ReferralState | null;
  note: string | null;
  occurredOn: IsoDate;
  actorId: number;
  createdAt: string;
};

export type MeetingRow = Stamps & {
  id: number;
  title: string;
  heldAt: string;
  location: string;
  status: Db.MeetingStatus;
  chairId: number;
  deputyId: number | null;
  periodStart: IsoDate | null;
  packVersion: number;
  publishedAt: string | null;
  startedAt: string | null;
  closedAt: string | null;
};

export type MeetingAttendeeRow = {
  id: number;
  meetingId: number;
  userId: number | null;
  name: string;
  organisation: string;
  status: Db.AttendanceStatus;
};

export type AgendaItemRow = Stamps & {
  id: number;
  meetingId: number;
  position: number;
  kind: Db.AgendaItemKind;
  title: string;
  annotation: string;
  offenceId: number | null;
  personId: number | null;
  actionItemId: number | null;
  referralId: number | null;
  discussed: boolean;
  discussionNote: string;
};

export type DecisionRow = {
  id: number;
  meetingId: number;
  agendaItemId: number | null;
  offenceId: number | null;
  personId: number | null;
  text: string;
  rationale: string;
  recordedById: number;
  recordedAt: string;
};

export type ActionItemRow = Stamps & {
  id: number;
  title: string;
  description: string;
  ownerId: number;
  dueOn: IsoDate;
  status: Db.ActionStatus;
  resultNote: string | null;
  notPossibleReason: string | null;
  timesCarried: number;
  meetingId: number | null;
  decisionId: number | null;
  offenceId: number | null;
  personId: number | null;
  raisedById: number;
  closedAt: string | null;
  escalatedAt: string | null;
};

export type ActionUpdateRow = {
  id: number;
  actionItemId: number;
  authorId: number;
  note: string;
  createdAt: string;
};

export type Dataset = {
  users: UserRow[];
  persons: PersonRow[];
  offences: OffenceRow[];
  offencePersons: OffencePersonRow[];
  investigations: InvestigationRow[];
  investigationUpdates: InvestigationUpdateRow[];
  groups: GroupRow[];
  groupMemberships: GroupMembershipRow[];
  groupOffences: GroupOffenceRow[];
  groupPlanLines: GroupPlanLineRow[];
  intelligenceItems: IntelligenceItemRow[];
  intelligenceGradings: IntelligenceGradingRow[];
  intelligencePersons: IntelligencePersonRow[];
  intelligenceOffences: IntelligenceOffenceRow[];
  intelligenceGroups: IntelligenceGroupRow[];
  referrals: ReferralRow[];
  referralEvents: ReferralEventRow[];
  meetings: MeetingRow[];
  meetingAttendees: MeetingAttendeeRow[];
  agendaItems: AgendaItemRow[];
  decisions: DecisionRow[];
  actionItems: ActionItemRow[];
  actionUpdates: ActionUpdateRow[];
};
