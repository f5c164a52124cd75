import type {
  ActionStatus,
  AgendaItemKind,
  InvestigationStatus,
  MeetingStatus,
  ReferralState,
} from "@/lib/enums";

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
  /** Who flagged the case for scrutiny (absent in snapshots published before issue 12). */
  flaggedBy?: string | null;
  knifeRecovered: boolean;
};

/** One row of the new-offences table item (issue 12): the offence at a glance, not its people. */
export type OffenceRow = {
  offenceId: number;
  crimeReference: string;
  recordedOn: string;
  offence: string;
  offenceCode: string;
  npu: string;
  hotspot: string | null;
  youngestVictimAge: number | null;
  knifeRecovered: boolean;
  oic: string | null;
  status: InvestigationStatus | null;
  intelligence: IntelCounts;
  referrals: string[];
  /** Homicide, attempted murder or an under-25 victim: listed first. */
  priority: boolean;
  /** The number of the offence's own discussion item, when it has been promoted. */
  promotedAs: string | null;
};

/** One row of the "other flagged cases" table item: a flagged, open case not taken one by one. */
export type ScrutinyRow = {
  offenceId: number;
  crimeReference: string;
  offence: string;
  recordedOn: string;
  flaggedOn: string | null;
  flaggedBy: string | null;
  reason: string;
  /** Why it is (or is not) due this meeting, in words: "discussed before", "flagged since the last meeting"… */
  why: string;
  lastDiscussedOn: string | null;
  oic: string | null;
  status: InvestigationStatus;
  promotedAs: string | null;
};

/** One row of the open-action review table item. */
export type ActionRow = {
  actionItemId: number;
  title: string;
  owner: string;
  dueOn: string;
  status: ActionStatus;
  rag: "RED" | "AMBER" | "GREEN" | null;
  timesCarried: number;
  escalated: boolean;
  lastProgress: { on: string; note: string } | null;
  /** The action's version, for the chair's in-place review. */
  version: number;
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
  | { kind: "offence-table"; rows: OffenceRow[] }
  | { kind: "scrutiny-table"; rows: ScrutinyRow[] }
  | { kind: "action-table"; rows: ActionRow[] }
  | { kind: "referral-table"; rows: ReferralFacts[] }
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
