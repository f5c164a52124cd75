import type { ActionStatus, InvestigationStatus, MeetingStatus, ReferralState } from "@/lib/enums";
import type { Rag } from "@/lib/action-items/rules";
import { Tag, type TagColour } from "@/components/ui/tag";

// Status badges. The text says everything; the colour only repeats it.

const INVESTIGATION: Record<InvestigationStatus, [string, TagColour]> = {
  OPEN: ["Open", "blue"],
  PENDING_SUSPECT: ["Pending suspect", "yellow"],
  CHARGED: ["Charged", "green"],
  FINALISED: ["Finalised", "grey"],
};

const ACTION: Record<ActionStatus, [string, TagColour]> = {
  OPEN: ["Open", "blue"],
  IN_PROGRESS: ["In progress", "turquoise"],
  COMPLETED: ["Completed", "green"],
  NOT_POSSIBLE: ["Not possible", "grey"],
  NOT_DONE: ["Not done", "grey"],
};

const RAG: Record<Rag, [string, TagColour]> = {
  RED: ["Red – overdue", "red"],
  AMBER: ["Amber – due within 7 days", "orange"],
  GREEN: ["Green – on track", "green"],
};

const REFERRAL: Record<ReferralState, [string, TagColour]> = {
  REFERRED: ["Referred", "blue"],
  CONTACTED: ["Contacted", "turquoise"],
  ENGAGED: ["Engaged", "purple"],
  COMPLETED: ["Completed", "green"],
  DECLINED: ["Declined", "grey"],
  CLOSED: ["Closed", "grey"],
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
  tagOf(INVESTIGATION[status]);
export const ActionStatusTag = ({ status }: { status: ActionStatus }) => tagOf(ACTION[status]);
export const RagTag = ({ rag }: { rag: Rag }) => tagOf(RAG[rag]);
export const ReferralStateTag = ({ state }: { state: ReferralState }) => tagOf(REFERRAL[state]);
export const PackStatusTag = ({ status }: { status: MeetingStatus }) => tagOf(PACK[status]);
