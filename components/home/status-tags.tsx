import type { ActionStatus, InvestigationStatus, MeetingStatus, ReferralState } from "@/lib/enums";
import type { Rag } from "@/lib/action-items/rules";
import { Tag, type TagColour } from "@/components/ui/tag";
import { ACTION_STATUS_LABELS } from "@/lib/labels/action-status";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";

// Status badges. The text says everything; the colour only repeats it.

// The words come from the enums' label maps (lib/labels); only the colours live here.
export const INVESTIGATION_STATUS_COLOURS: Record<InvestigationStatus, TagColour> = {
  OPEN: "blue",
  PENDING_SUSPECT: "yellow",
  CHARGED: "green",
  FINALISED: "grey",
};

const ACTION_COLOURS: Record<ActionStatus, TagColour> = {
  OPEN: "blue",
  IN_PROGRESS: "turquoise",
  COMPLETED: "green",
  NOT_POSSIBLE: "grey",
  NOT_DONE: "grey",
};

const RAG: Record<Rag, [string, TagColour]> = {
  RED: ["Red – overdue", "red"],
  AMBER: ["Amber – due within 7 days", "orange"],
  GREEN: ["Green – on track", "green"],
};

const REFERRAL_COLOURS: Record<ReferralState, TagColour> = {
  REFERRED: "blue",
  CONTACTED: "turquoise",
  ENGAGED: "purple",
  COMPLETED: "green",
  DECLINED: "grey",
  CLOSED: "grey",
};

const PACK: Record<MeetingStatus, [string, TagColour]> = {
  DRAFT: ["Draft", "grey"],
  PUBLISHED: ["Published", "green"],
  IN_SESSION: ["In session", "blue"],
  CLOSED: ["Closed", "grey"],
};

function tagOf([label, colour]: [string, TagColour]) {
  return <Tag colour={colour}>{label}</Tag>;
}

export const InvestigationStatusTag = ({ status }: { status: InvestigationStatus }) =>
  tagOf([INVESTIGATION_STATUS_LABELS[status], INVESTIGATION_STATUS_COLOURS[status]]);
export const ActionStatusTag = ({ status }: { status: ActionStatus }) =>
  tagOf([ACTION_STATUS_LABELS[status], ACTION_COLOURS[status]]);
export const RagTag = ({ rag }: { rag: Rag }) => tagOf(RAG[rag]);
export const ReferralStateTag = ({ state }: { state: ReferralState }) =>
  tagOf([REFERRAL_STATE_LABELS[state], REFERRAL_COLOURS[state]]);
export const PackStatusTag = ({ status }: { status: MeetingStatus }) => tagOf(PACK[status]);
