import type { Metadata } from "next";
import Link from "next/link";
import { ActionStatusTag, RagTag } from "@/components/home/status-tags";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { ProgressForm } from "@/components/actions/progress-form.deferred";
import { ReviewForm } from "@/components/actions/review-form.deferred";
import { ReassignActionForm } from "@/components/actions/reassign-action-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/labels/role";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import { isLiveAction } from "@/lib/action-items/rules";
import { getAction } from "@/lib/action-items/server/get-action";
import { listActionOwners } from "@/lib/action-items/server/list-action-owners";
import { loadRoute } from "@/lib/ids/route-id";

export const metadata: Metadata = { title: "Action" };

type Props = { params: Promise<{ id: string }> };

export default async function ActionPage({ params }: Props) {
  const actor = await requirePageActor("actions.read.own");
  const action = await loadRoute((await params).id, (id) => getAction({ actor, id }));
  const live = isLiveAction(action.status);
  const canUpdate = live && (action.owner.id === actor.id || can(actor, "actions.manage"));
  const canReview = can(actor, "actions.manage") && (live || action.awaitingReview);
  const canReassign = can(actor, "actions.reassign") && (live || action.awaitingReview);
  const owners = canReassign ? await listActionOwners({ actor }) : [];

  return (
    <>
      <Link href="/actions" className="govuk-back-link">
        Back to actions
      </Link>
      <span className="govuk-caption-l">Action</span>
      <h1 className="govuk-heading-l">{action.title}</h1>
      <SummaryList
        rows={[
          { label: "Owner", value: action.owner.name },
          { label: "Due", value: formatDate(action.dueOn) },
          {
            label: "Status",
            value: (
              <>
                <ActionStatusTag status={action.status} />
                {action.awaitingReview ? (
                  <>
                    {" "}
                    <Tag colour="yellow">Awaiting chair&apos;s review</Tag>
                  </>
                ) : null}
              </>
            ),
          },
          {
            label: "RAG",
            value: action.rag ? <RagTag rag={action.rag} /> : <ActionStatusTag status={action.status} />,
          },
          { label: "Meetings carried", value: String(action.timesCarried) },
          ...(action.escalatedAt
            ? [{ label: "Escalated to the chair", value: formatDateTime(action.escalatedAt) }]
            : []),
          ...(action.description ? [{ label: "Detail", value: action.description }] : []),
          ...(action.resultNote ? [{ label: "Result", value: action.resultNote }] : []),
          ...(action.notPossibleReason
            ? [{ label: "Why not possible", value: action.notPossibleReason }]
            : []),
          {
            label: "Raised",
            value: `${formatDateTime(action.createdAt)} by ${action.raisedByName}${action.meeting ? ` at ${action.meeting.title}` : ""}`,
          },
          ...(action.decision ? [{ label: "From decision", value: action.decision.text }] : []),
          ...(action.offence
            ? [
                {
                  label: "Linked case",
                  value: (
                    <Link className="govuk-link" href={`/offences/${action.offence.id}`}>
                      {action.offence.crimeReference}
                    </Link>
                  ),
                },
              ]
            : []),
          ...(action.person
            ? [
                {
                  label: "Linked person",
                  value: (
                    <Link className="govuk-link" href={`/persons/${action.person.id}`}>
                      {action.person.name}
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />

      {canUpdate ? (
        <>
          <h2 className="govuk-heading-m">Update progress</h2>
          <ProgressForm id={action.id} version={action.version} />
        </>
      ) : null}
      {canReview ? (
        <>
          <h2 className="govuk-heading-m">Review</h2>
          <ReviewForm id={action.id} version={action.version} awaitingReview={action.awaitingReview} />
        </>
      ) : null}
      {canReassign ? (
        <>
          <h2 className="govuk-heading-m">Reassign</h2>
          <ReassignActionForm
            id={action.id}
            version={action.version}
            options={owners
              .filter((o) => o.id !== action.owner.id)
              .map((o) => ({
                value: String(o.id),
                label: `${o.name} (${o.organisation ?? ROLE_LABELS[o.role]})`,
              }))}
          />
        </>
      ) : null}

      <h2 className="govuk-heading-m">Update history</h2>
      {action.updates.length === 0 ? (
        <p className="govuk-body">No updates yet.</p>
      ) : (
        <div className="moj-timeline" data-testid="action-updates">
          {action.updates.map((u) => (
            <div className="moj-timeline__item" key={u.id}>
              <div className="moj-timeline__header">
                <h3 className="moj-timeline__title">{u.authorName}</h3>
              </div>
              <p className="moj-timeline__date">
                <time dateTime={u.createdAt.toISOString()}>{formatDateTime(u.createdAt)}</time>
              </p>
              <div className="moj-timeline__description">{u.note}</div>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
