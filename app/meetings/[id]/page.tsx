import type { Metadata } from "next";
import Link from "next/link";
import { AddFreeItemForm } from "@/components/meetings/add-free-item-form.deferred";
import { MeetingSummary } from "@/components/meetings/meeting-summary";
import { PackControls } from "@/components/meetings/pack-controls";
import { PackItemEditor } from "@/components/meetings/pack-item-editor";
import { ContentsItems, PackItemView } from "@/components/meetings/pack-item-view";
import { PackBulkForm, SelectItem } from "@/components/meetings/pack-bulk-form";
import { isFixedItem } from "@/lib/meetings/item-numbers";
import { loadMeetingPack } from "@/app/meetings/[id]/load-meeting-pack";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";

export const metadata: Metadata = { title: "Agenda pack" };

type Props = { params: Promise<{ id: string }> };

/**
 * The pack editor: the analyst generates and curates the draft, the chair publishes it. Once
 * published, everyone with meetings.read reads the frozen version here.
 */
export default async function MeetingPackPage({ params }: Props) {
  const actor = await requirePageActor("meetings.read");
  const { meetingId, meeting, pack } = await loadMeetingPack(actor, (await params).id);
  const canEdit = can(actor, "meetings.prepare") && pack.status === "DRAFT";
  const itemCount = pack.sections.reduce((n, s) => n + s.items.length, 0);

  return (
    <>
      <span className="govuk-caption-l">Agenda pack</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <MeetingSummary meeting={meeting} packVersion={pack.packVersion} />
      <PackControls
        meetingId={meetingId}
        status={pack.status}
        canPrepare={can(actor, "meetings.prepare")}
        canPublish={can(actor, "meetings.publish")}
      />
      <div className="govuk-button-group">
        <Link className="govuk-link" href={`/meetings/${meetingId}/pack`}>
          Print view
        </Link>
        {can(actor, "meetings.run") && (pack.status === "PUBLISHED" || pack.status === "IN_SESSION") ? (
          <Link className="govuk-link" href={`/meetings/${meetingId}/run`}>
            Run the meeting
          </Link>
        ) : null}
        {pack.status === "CLOSED" ? (
          <Link className="govuk-link" href={`/meetings/${meetingId}/minutes`}>
            Minutes
          </Link>
        ) : null}
        {can(actor, "meetings.prepare") && (pack.status === "DRAFT" || pack.status === "PUBLISHED") ? (
          <Link className="govuk-link" href={`/meetings/${meetingId}/edit`}>
            Change the meeting details
          </Link>
        ) : null}
        {pack.versions.length > 0 ? (
          <Link className="govuk-link" href={`/meetings/${meetingId}/versions`}>
            Compare versions
          </Link>
        ) : null}
      </div>
      <form method="post" action={`/meetings/${meetingId}/pack.pdf`}>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Download PDF
        </button>
      </form>
      {pack.status === "DRAFT" && pack.versions.length > 0 ? (
        <div className="govuk-inset-text">
          You are preparing version {pack.packVersion}. Version {pack.packVersion - 1} stays published until
          the chair publishes this one.
        </div>
      ) : null}
      {itemCount === 0 ? (
        <p className="govuk-body" data-testid="pack-empty">
          The pack has no items yet. Generate the proposed items to start it.
        </p>
      ) : null}

      {/* The contents are the page's navigation: every item, numbered as everywhere else, one link each. */}
      <nav aria-labelledby="contents-heading" className="govuk-!-margin-bottom-6" data-testid="pack-contents">
        <h2 className="govuk-heading-m" id="contents-heading" tabIndex={-1}>
          Contents
        </h2>
        <ol className="govuk-list">
          {pack.sections.map((s) => (
            <li key={s.kind}>
              <a className="govuk-link govuk-!-font-weight-bold" href={`#section-${s.number}`}>
                {s.number}. {s.title}
              </a>{" "}
              ({s.items.length})
              <ContentsItems
                items={s.items}
                listClass="govuk-list govuk-!-margin-left-4 govuk-!-font-size-16"
                itemClass="govuk-!-margin-bottom-1"
              />
            </li>
          ))}
        </ol>
      </nav>

      {canEdit && itemCount + pack.removed.length > 0 ? <PackBulkForm meetingId={meetingId} /> : null}

      {pack.sections.map((s) => (
        <section key={s.kind} aria-labelledby={`section-${s.number}`} data-testid={`pack-section-${s.kind}`}>
          <h2 className="govuk-heading-m" id={`section-${s.number}`}>
            {s.number}. {s.title}
          </h2>
          {s.items.length === 0 ? <p className="govuk-body">No items.</p> : null}
          {s.items.map((item) => (
            <PackItemView
              key={item.id}
              item={item}
              backToContents
              promote={canEdit ? { meetingId } : undefined}
              select={
                canEdit ? (
                  <SelectItem itemId={item.id} version={item.version} label={`item ${item.number}`} />
                ) : null
              }
              controls={
                canEdit ? (
                  <PackItemEditor
                    key={item.id}
                    itemId={item.id}
                    version={item.version}
                    number={item.number}
                    annotation={item.annotation}
                    section={s.kind}
                    fixed={isFixedItem(item.kind)}
                  />
                ) : null
              }
            />
          ))}
        </section>
      ))}

      {canEdit ? (
        <>
          {pack.removed.length > 0 ? (
            <section aria-labelledby="removed-heading" data-testid="pack-removed">
              <h2 className="govuk-heading-m" id="removed-heading">
                Removed items
              </h2>
              <ul className="govuk-list">
                {pack.removed.map((item) => (
                  <li key={item.id} data-testid="removed-item" data-item-id={item.id}>
                    <SelectItem
                      itemId={item.id}
                      version={item.version}
                      label={`removed item ${item.title}`}
                    />
                    <p className="govuk-body govuk-!-margin-bottom-1">{item.title}</p>
                    <PackItemEditor
                      itemId={item.id}
                      version={item.version}
                      number=""
                      annotation={item.annotation}
                      removed
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <AddFreeItemForm meetingId={meetingId} />
        </>
      ) : null}
    </>
  );
}
