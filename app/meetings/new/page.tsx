import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getMeetingForm } from "@/lib/meetings/server/get-meeting-form";

export const metadata: Metadata = { title: "Schedule a meeting" };

export default async function NewMeetingPage() {
  const actor = await requirePageActor("meetings.prepare");
  return <MeetingForm options={await getMeetingForm({ actor })} />;
}
