import type { Actor } from "@/lib/auth/actor";
import { getNextMeeting } from "@/lib/meetings/server/get-next-meeting";
import { listFlaggedInvestigations } from "@/lib/investigations/server/list-flagged-investigations";
import { listActionsNeedingAttention } from "@/lib/action-items/server/list-actions-needing-attention";
import { getHomeSummary } from "@/lib/dashboard/server/get-home-summary";
import { listMyActions } from "@/lib/action-items/server/list-my-actions";
import { NextMeeting } from "@/components/home/next-meeting";
import { FlaggedCases } from "@/components/home/flagged-cases";
import { ForumActions } from "@/components/home/forum-actions";
import { HomeFiguresSection } from "@/components/home/home-figures-section";
import { MyActions } from "@/components/home/my-actions";
import { RaisedActions } from "@/components/home/raised-actions";
import { listRaisedActions } from "@/lib/action-items/server/list-raised-actions";

export const CHAIR_HOME_TITLE = "Forum overview";

/** The chair's home: what the forum must look at next. */
export async function ChairHome({ actor }: { actor: Actor }) {
  const [meeting, flagged, forumActions, summary, myActions, raised] = await Promise.all([
    getNextMeeting({ actor }),
    listFlaggedInvestigations({ actor }),
    listActionsNeedingAttention({ actor }),
    getHomeSummary({ actor }),
    listMyActions({ actor }),
    listRaisedActions({ actor }),
  ]);
  return (
    <>
      <h1 className="govuk-heading-xl">{CHAIR_HOME_TITLE}</h1>
      <NextMeeting meeting={meeting} />
      <FlaggedCases flagged={flagged} />
      <ForumActions actions={forumActions} />
      <HomeFiguresSection summary={summary} />
      <MyActions actions={myActions} />
      <RaisedActions actions={raised} />
    </>
  );
}
