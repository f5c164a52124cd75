import type { Actor } from "@/lib/auth/actor";
import { getNextMeeting } from "@/lib/meetings/server/get-next-meeting";
import { listKnifeOffencesSinceLastMeeting } from "@/lib/offences/server/list-knife-offences-since-last-meeting";
import { getHomeSummary } from "@/lib/dashboard/server/get-home-summary";
import { listMyActions } from "@/lib/action-items/server/list-my-actions";
import { NextMeeting } from "@/components/home/next-meeting";
import { RecentKnifeOffences } from "@/components/home/recent-knife-offences";
import { HomeFiguresSection } from "@/components/home/home-figures-section";
import { MyActions } from "@/components/home/my-actions";

export const ANALYST_HOME_TITLE = "Meeting preparation";

/** The analyst's home: the next pack and what has happened since the last meeting. */
export async function AnalystHome({ actor }: { actor: Actor }) {
  const [meeting, offences, summary, myActions] = await Promise.all([
    getNextMeeting({ actor }),
    listKnifeOffencesSinceLastMeeting({ actor }),
    getHomeSummary({ actor }),
    listMyActions({ actor }),
  ]);
  return (
    <>
      <h1 className="govuk-heading-xl">{ANALYST_HOME_TITLE}</h1>
      <NextMeeting meeting={meeting} />
      <RecentKnifeOffences offences={offences} />
      <HomeFiguresSection summary={summary} />
      <MyActions actions={myActions} />
    </>
  );
}
