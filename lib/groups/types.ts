import type { FourP, GroupType, PlanLineStatus } from "@/lib/enums";
import type { IntelligenceEntry } from "@/lib/intelligence/intel-dto";

// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type GroupMemberRow = {
  id: number;
  version: number;
  personId: number;
  name: string;
  role: string;
  startOn: Date;
  endOn: Date | null;
  active: boolean;
};

export type GroupOffenceRow = {
  offenceId: number;
  crimeReference: string;
  offence: string;
  occurredOn: Date;
  knifeUsed: boolean;
};

export type GroupPlanLineRow = {
  id: number;
  version: number;
  strand: FourP;
  description: string;
  ownerId: number;
  owner: string;
  status: PlanLineStatus;
  dueOn: Date | null;
  updatedAt: Date;
};

export type GroupRecord = {
  id: number;
  name: string;
  type: GroupType;
  npu: string | null;
  description: string;
  active: boolean;
  members: GroupMemberRow[];
  offences: GroupOffenceRow[];
  intelligence: IntelligenceEntry[];
  planLines: GroupPlanLineRow[];
};
