import type { ActionStatus } from "@/lib/enums";
import type { Rag } from "@/lib/action-items/rules";

// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type ActionSummary = {
  id: number;
  title: string;
  ownerName: string;
  dueOn: Date;
  status: ActionStatus;
  awaitingReview: boolean;
  rag: Rag | null;
  timesCarried: number;
  escalated: boolean;
  /** The linked case, when the action is about one and the actor may read cases. */
  offence: { id: number; crimeReference: string } | null;
  meetingTitle: string | null;
};

/** Every row here is live and due by the amber horizon, so it always has a RAG. */
export type AttentionAction = ActionSummary & { rag: Rag };

export type ActionsNeedingAttention = { overdue: number; dueSoon: number; items: AttentionAction[] };

export type RaisedActions = { open: number; recentlyClosed: number; items: ActionSummary[] };

export type MyAction = ActionSummary;

export type MyActions = { total: number; overdue: number; items: MyAction[] };
