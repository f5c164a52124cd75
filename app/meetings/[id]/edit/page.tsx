import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form.deferred";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getMeetingForm } from "@/lib/meetings/server/get-meeting-form";

export const metadata: Metadata = { title: "Change the meeting" };

type Props = { params: Promise<{ id: string }> };

export default async function EditMeetingPage({ params }: Props) {
  const actor = await requirePageActor("meetings.prepare");
  const meetingId = routeId((await params).id);
  return <MeetingForm options={await loadOrNotFound(() => getMeetingForm({ actor, meetingId }))} />;
}
