import type { Metadata } from "next";
import Link from "next/link";
import { MeetingSummary } from "@/components/meetings/meeting-summary";
import { ContentsItems, PackItemView } from "@/components/meetings/pack-item-view";
import { loadMeetingPack } from "@/app/meetings/[id]/load-meeting-pack";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";

export const metadata: Metadata = { title: "Agenda pack – print view" };

type Props = { params: Promise<{ id: string }> };

/** The pack for paper: contents, then each section on a new page; the layout prints the marking. */
export default async function PackPrintPage({ params }: Props) {
  const actor = await requirePageActor("meetings.read");
  const { meetingId, meeting, pack } = await loadMeetingPack(actor, (await params).id);

  return (
    <div className="app-pack-print">
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" href={`/meetings/${meetingId}`}>
          Back to the pack
        </Link>{" "}
        · Print this page from your browser (Ctrl+P).
      </p>
      <span className="govuk-caption-l">
        Agenda pack{pack.status === "DRAFT" ? " – draft, not published" : ` – version ${pack.packVersion}`}
      </span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <MeetingSummary meeting={meeting} packVersion={pack.packVersion} />
      <h2 className="govuk-heading-m">Contents</h2>
      <ol className="govuk-list" data-testid="print-contents">
        {pack.sections.map((s) => (
          <li key={s.kind}>
            <span className="govuk-!-font-weight-bold">
              {s.number}. {s.title}
            </span>
            <ContentsItems items={s.items} listClass="govuk-list govuk-!-margin-left-4" />
          </li>
        ))}
      </ol>
      {pack.sections.map((s) => (
        <section key={s.kind} className="app-pack-print__section" aria-labelledby={`section-${s.number}`}>
          <h2 className="govuk-heading-m" id={`section-${s.number}`}>
            {s.number}. {s.title}
          </h2>
          {s.items.length === 0 ? <p className="govuk-body">No items.</p> : null}
          {s.items.map((item) => (
            <PackItemView key={item.id} item={item} linkRecords={false} />
          ))}
        </section>
      ))}
    </div>
  );
}
