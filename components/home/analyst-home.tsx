import type { NextMeeting as NextMeetingDto } from "@/lib/meetings/types";
import type { KnifeOffencesSinceLastMeeting } from "@/lib/offences/types";
import type { HomeSummary } from "@/lib/dashboard/types";
import type { MyActions as MyActionsDto } from "@/lib/action-items/types";
import { NextMeeting } from "@/components/home/next-meeting";
import { RecentKnifeOffences } from "@/components/home/recent-knife-offences";
import { HomeFiguresSection } from "@/components/home/home-figures-section";
import { MyActions } from "@/components/home/my-actions";
import { EngagementUpdatesDue } from "@/components/home/engagement-updates-due";
import type { EngagementUpdateDue } from "@/lib/hotspots/engagement-types";

export const ANALYST_HOME_TITLE = "Meeting preparation";

export type AnalystHomeData = {
  meeting: NextMeetingDto | null;
  offences: KnifeOffencesSinceLastMeeting;
  summary: HomeSummary;
  myActions: MyActionsDto;
  engagementDue: EngagementUpdateDue[];
};

/** The analyst's home: the next pack and what has happened since the last meeting (app/home-data.ts loads it). */
export function AnalystHome({ meeting, offences, summary, myActions, engagementDue }: AnalystHomeData) {
  return (
    <>
      <h1 className="govuk-heading-xl">{ANALYST_HOME_TITLE}</h1>
      <NextMeeting meeting={meeting} />
      <RecentKnifeOffences offences={offences} />
      <HomeFiguresSection summary={summary} />
      <MyActions actions={myActions} />
      <EngagementUpdatesDue plans={engagementDue} />
    </>
  );
}
