import type { NextMeeting as NextMeetingDto } from "@/lib/meetings/types";
import type { FlaggedInvestigations } from "@/lib/investigations/types";
import type {
  ActionsNeedingAttention,
  MyActions as MyActionsDto,
  RaisedActions as RaisedActionsDto,
} from "@/lib/action-items/types";
import type { HomeSummary } from "@/lib/dashboard/types";
import { NextMeeting } from "@/components/home/next-meeting";
import { FlaggedCases } from "@/components/home/flagged-cases";
import { ForumActions } from "@/components/home/forum-actions";
import { HomeFiguresSection } from "@/components/home/home-figures-section";
import { MyActions } from "@/components/home/my-actions";
import { RaisedActions } from "@/components/home/raised-actions";

export const CHAIR_HOME_TITLE = "Forum overview";

export type ChairHomeData = {
  meeting: NextMeetingDto | null;
  flagged: FlaggedInvestigations;
  forumActions: ActionsNeedingAttention;
  summary: HomeSummary;
  myActions: MyActionsDto;
  raised: RaisedActionsDto;
};

/** The chair's home: what the forum must look at next (app/home-data.ts loads it). */
export function ChairHome({ meeting, flagged, forumActions, summary, myActions, raised }: ChairHomeData) {
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
