import type { ActionStatus, AgendaItemKind, InvestigationStatus, MeetingStatus, ReferralState } from "@/lib/enums";

// The agenda pack as the chair reads it. The screen, the print view and the PDF all render this one
// shape, so their item numbers cannot differ; publishing stores it as the version's snapshot (dates
// as ISO strings), and the differences between versions are computed between two of these.

export type IntelCounts = {
  /** P-coded: anyone with intel.read may see the count. */
  open: number;
  /** C-coded: counted only for actors with intel.restricted.read, else null. */
  restricted: number | null;
};

export type CaseFacts = {
  offenceId: number;
  crimeReference: string;
  offence: string;
  offenceCode: string;
  recordedOn: string;
  npu: string;
  hotspot: string | null;
  youngestVictimAge: number | null;
  victims: string[];
  suspects: string[];
  status: InvestigationStatus | null;
  oic: string | null;
  intelligence: IntelCounts;
  interventions: string[];
  scrutinyReason: string | null;
  knifeRecovered: boolean;
};

export type ActionFacts = {
  actionItemId: number;
  owner: string;
  dueOn: string;
  status: ActionStatus;
  timesCarried: number;
  /** Days past due on the meeting day; 0 when not overdue. */
  daysOverdue: number;
  escalated: boolean;
};

export type ReferralFacts = {
  referralId: number;
  person: string;
  provider: string;
  pathway: string;
  state: ReferralState;
  stateChangedOn: string;
  latestNote: string | null;
};

export type ThreatRow = { name: string; current: number; previous: number; lastYear: number };

export type ThreatFacts = {
  period: { from: string; to: string };
  byNpu: ThreatRow[];
  byHotspot: ThreatRow[];
  repeatPersons: { name: string; offences: number }[];
  knivesRecovered: { current: number; previous: number; lastYear: number };
};

export type PackItemFacts =
  | { kind: "case"; case: CaseFacts }
  | { kind: "action"; action: ActionFacts }
  | { kind: "referral"; referral: ReferralFacts }
  | { kind: "threat"; threat: ThreatFacts }
  | { kind: "free" };

export type PackItem = {
  id: number;
  /** "1.3": the section's number and the item's place in it. */
  number: string;
  kind: AgendaItemKind;
  title: string;
  annotation: string;
  /** Optimistic-concurrency version of the agenda item. */
  version: number;
  facts: PackItemFacts;
};

export type PackSection = { number: string; kind: AgendaItemKind; title: string; items: PackItem[] };

export type AgendaPack = {
  meetingId: number;
  title: string;
  heldAt: string;
  location: string;
  status: MeetingStatus;
  periodStart: string | null;
  /** The version shown: the draft's next number, or the published one. */
  packVersion: number;
  sections: PackSection[];
  /** Items the analyst removed (draft only), so they can be restored. */
  removed: PackItem[];
};
