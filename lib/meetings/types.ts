import type {
  ActionStatus,
  AttendanceStatus,
  InvestigationStatus,
  MeetingStatus,
  PersonRole,
  ReferralState,
} from "@/lib/enums";
import type { MeetingFormInput } from "@/lib/meetings/schemas";
import type { IntelligenceEntry } from "@/lib/intelligence/intel-dto";

// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type MeetingDetails = {
  id: number;
  title: string;
  heldAt: Date;
  location: string;
  status: MeetingStatus;
  periodStart: Date | null;
  packVersion: number;
  publishedAt: Date | null;
  chair: string;
  deputy: string | null;
  attendees: { id: number; name: string; organisation: string; status: AttendanceStatus }[];
  version: number;
};

export type MeetingFormOptions = {
  chairs: { id: number; name: string }[];
  people: { id: number; name: string; jobTitle: string | null }[];
  /** Present when editing: the saved values and the version the edit starts from. */
  saved: (MeetingFormInput & { id: number; version: number }) | null;
};

export type RunItemPerson = {
  personId: number;
  name: string;
  role: PersonRole;
  age: number | null;
  flags: string[];
};

export type RunItemFacts = {
  offence: {
    id: number;
    crimeReference: string;
    offenceCode: string;
    offence: string;
    occurredOn: Date;
    recordedOn: Date;
    place: string;
    knifeUsed: boolean;
    knifeRecovered: boolean;
  } | null;
  people: RunItemPerson[];
  investigation: {
    status: InvestigationStatus;
    oic: string | null;
    nextReviewOn: Date | null;
    lastUpdate: { at: Date; author: string; body: string } | null;
    scrutiny: { reason: string; flaggedBy: string | null; flaggedAt: Date | null } | null;
  } | null;
  /** Counts by handling code; `restricted` is null for those who may not know C items exist in number. */
  intelligence: { open: number; restricted: number | null; items: IntelligenceEntry[] | null } | null;
  referrals: {
    id: number;
    person: string;
    provider: string;
    pathway: string;
    state: ReferralState;
    stateChangedOn: Date;
  }[];
  earlierDecisions: { id: number; meeting: string; text: string; rationale: string }[];
  earlierActions: {
    id: number;
    meeting: string | null;
    title: string;
    owner: string;
    dueOn: Date;
    status: ActionStatus;
  }[];
};

export type NextMeeting = {
  id: number;
  title: string;
  heldAt: Date;
  location: string;
  /** The meeting's status is its pack's: draft until published, then locked. */
  status: MeetingStatus;
  /** The latest published pack version; 0 while the pack has never been published. */
  packVersion: number;
  publishedAt: Date | null;
  /** Items in the pack, not counting those the analyst removed. */
  itemCount: number;
};
