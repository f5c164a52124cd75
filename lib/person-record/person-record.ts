import type { PersonFlag } from "@/lib/persons/rules";
import type { PersonRole } from "@/lib/enums";
import type { AccessContext } from "@/lib/auth/schemas";
import type { LinkedIntelligence } from "@/lib/intelligence/intel-dto";

// The person record as the page receives it: only what the actor's role may see. Restricted
// intelligence content is absent, not hidden, for roles without intel.restricted.read.

export type PersonOffenceRow = {
  offenceId: number;
  crimeReference: string;
  offence: string;
  occurredOn: Date;
  knifeUsed: boolean;
  role: PersonRole;
  ageAtTime: number | null;
};

/** Newest first, under the intelligence access rule: restricted items only as a notice that they exist. */
export type PersonIntelligence = LinkedIntelligence;

export type PersonReferralRow = {
  id: number;
  provider: string;
  pathway: string;
  state: string;
  referredOn: Date;
};
export type PersonActionRow = { id: number; title: string; status: string; dueOn: Date; owner: string };
export type PersonMergeRow = { mergeId: number; otherId: number; otherName: string; mergedAt: Date };

export type PersonRecord = {
  id: number;
  surname: string;
  forenames: string;
  dateOfBirth: Date | null;
  age: number | null;
  gender: string;
  npu: string | null;
  vulnerable: boolean;
  flags: PersonFlag[];
  mergedInto: { id: number; name: string; mergeId: number | null } | null;
  offences: PersonOffenceRow[];
  intelligence: PersonIntelligence | null;
  referrals: PersonReferralRow[] | null;
  actions: PersonActionRow[];
  mergedFrom: PersonMergeRow[];
  justification: string;
};

export type PersonRecordResult =
  { status: "reason-required"; context: AccessContext } | { status: "ok"; record: PersonRecord };
