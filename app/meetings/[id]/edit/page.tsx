import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { loadSection, parseOffenceId as parseId } from "@/app/offences/[id]/(record)/load-section";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getMeetingForm } from "@/lib/meetings/server/get-meeting-form";

export const metadata: Metadata = { title: "Change the meeting" };

type Props = { params: Promise<{ id: string }> };

export default async function EditMeetingPage({ params }: Props) {
  const actor = await requirePageActor("meetings.prepare");
  const meetingId = parseId((await params).id);
  return <MeetingForm options={await loadSection(() => getMeetingForm({ actor, meetingId }))} />;
}
