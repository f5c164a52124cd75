// The database's enums for code outside the data layer (components, client code). Pages and
// components never import from lib/generated: that is the data layer's (Prisma's) territory.
export type {
  ActionStatus,
  AgendaItemKind,
  AttendanceStatus,
  EngagementKind,
  FourP,
  Gender,
  GroupType,
  HandlingCode,
  IntelAssessment,
  InvestigationStatus,
  MeetingStatus,
  PersonRole,
  PlanLineStatus,
  RecordSource,
  ReferralState,
  Role,
  SavedViewKind,
  SourceEvaluation,
  StakeholderKind,
} from "@/lib/generated/prisma/enums";
