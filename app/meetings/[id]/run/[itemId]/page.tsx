import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DiscussionEditor } from "@/components/meetings/run/discussion-editor";
import { DecisionForm } from "@/components/meetings/run/decision-form.deferred";
import { RaiseActionForm } from "@/components/meetings/run/raise-action-form.deferred";
import { ItemKeyboardNav } from "@/components/meetings/run/item-keyboard-nav";
import { ActionStatusTag } from "@/components/home/status-tags";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { ROLE_LABELS } from "@/lib/labels/role";
import { formatDate, formatTime } from "@/lib/dates/format";
import { RunClock } from "@/components/meetings/run/run-clock";
import { ItemFacts } from "@/components/meetings/run/item-facts";
import { getRunItemFacts } from "@/lib/meetings/server/get-run-item-facts";
import { listActionOwners } from "@/lib/action-items/server/list-action-owners";
import { loadRun } from "@/app/meetings/[id]/run/load-run";
import { ActionReviewTable } from "@/components/meetings/run/action-review-table";
import { PlainTable } from "@/components/meetings/pack-item-view";
import { PackOffenceTable } from "@/components/meetings/pack-offence-table";
import { PackScrutinyTable } from "@/components/meetings/pack-scrutiny-table";
import { getRunItemTable } from "@/lib/meetings/server/get-run-item-table";

export const metadata: Metadata = { title: "Run the meeting – agenda item" };

type Props = { params: Promise<{ id: string; itemId: string }> };

export default async function RunItemPage({ params }: Props) {
  const actor = await requirePageActor("meetings.run");
  const { id, itemId } = await params;
  const meeting = await loadRun(actor, id);
  if (meeting.status !== "IN_SESSION") redirect(`/meetings/${meeting.id}/run`);
  const index = meeting.items.findIndex((i) => String(i.id) === itemId);
  const item = meeting.items[index];
  if (!item) notFound();

  const href = (n: number) => {
    const target = meeting.items[n];
    return target ? `/meetings/${meeting.id}/run/${target.id}` : null;
  };
  const previousHref = href(index - 1);
  const nextHref = href(index + 1);
  const linked = [
    item.offence ? `case ${item.offence.crimeReference}` : null,
    item.person ? item.person.name : null,
  ]
    .filter(Boolean)
    .join(" and ");
  // A table item (new offences, action review, referral updates) shows its rows here (issue 12).
  const [owners, facts, table] = await Promise.all([
    listActionOwners({ actor }),
    getRunItemFacts({ actor, meetingId: meeting.id, agendaItemId: item.id }),
    getRunItemTable({ actor, meetingId: meeting.id, itemId: item.id }),
  ]);
  const contentsHref = `/meetings/${meeting.id}/run#item-${item.id}`;
  // The chair promotes from the table while the meeting runs; promoted rows lead to their item page.
  const promote = { meetingId: meeting.id, inSession: { tableItemId: item.id, version: meeting.version } };
  const itemLinks = Object.fromEntries(
    meeting.items.map((i) => [i.number, `/meetings/${meeting.id}/run/${i.id}`]),
  );

  return (
    <>
      <ItemKeyboardNav previousHref={previousHref} nextHref={nextHref} />
      <Link href={contentsHref} className="govuk-back-link">
        Back to contents
      </Link>
      <span className="govuk-caption-l" data-testid="item-position">
        {meeting.title} – item {index + 1} of {meeting.items.length}
      </span>
      <h1 className="govuk-heading-l">
        {item.number} {item.title}
      </h1>
      <p className="govuk-body-s" data-testid="meeting-clock">
        {item.sectionTitle}
        {meeting.startedAt ? (
          <>
            {" "}
            · started {formatTime(meeting.startedAt)},{" "}
            <RunClock startedAt={meeting.startedAt.toISOString()} renderedAt={new Date().toISOString()} /> ago
          </>
        ) : null}
      </p>

      <ItemFacts facts={facts} why={item.annotation || null} />
      {table?.facts.kind === "action-table" ? (
        <ActionReviewTable meetingId={meeting.id} rows={table.facts.rows} />
      ) : table?.facts.kind === "offence-table" ? (
        <PackOffenceTable
          rows={table.facts.rows}
          promote={promote}
          itemLinks={itemLinks}
          caption={table.title}
        />
      ) : table?.facts.kind === "scrutiny-table" ? (
        <PackScrutinyTable
          rows={table.facts.rows}
          promote={promote}
          itemLinks={itemLinks}
          caption={table.title}
        />
      ) : table ? (
        <PlainTable item={table} />
      ) : null}

      <ItemNav previousHref={previousHref} nextHref={nextHref} label="Agenda items" />

      <DiscussionEditor
        key={item.id}
        itemId={item.id}
        version={item.version}
        note={item.discussionNote}
        discussed={item.discussed}
      />

      <h2 className="govuk-heading-m">Decisions</h2>
      {item.decisions.length === 0 ? (
        <p className="govuk-body">No decisions recorded on this item yet.</p>
      ) : null}
      {item.decisions.map((d) => (
        <div className="govuk-inset-text" key={d.id} data-testid="item-decision">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{d.text}</p>
          <p className="govuk-body govuk-!-margin-bottom-0">Rationale: {d.rationale}</p>
        </div>
      ))}
      <details className="govuk-details" open={item.decisions.length === 0}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Record a decision</span>
        </summary>
        <div className="govuk-details__text">
          <DecisionForm agendaItemId={item.id} onCase={item.offence != null} />
        </div>
      </details>

      <h2 className="govuk-heading-m">Actions</h2>
      {item.actions.length === 0 ? (
        <p className="govuk-body">No actions raised from this item&apos;s decisions yet.</p>
      ) : null}
      {item.actions.length > 0 ? (
        <ul className="govuk-list" data-testid="item-actions">
          {item.actions.map((a) => (
            <li key={a.id}>
              <Link className="govuk-link" href={`/actions/${a.id}`}>
                {a.title}
              </Link>{" "}
              – {a.ownerName}, due {formatDate(a.dueOn)} <ActionStatusTag status={a.status} />
            </li>
          ))}
        </ul>
      ) : null}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Raise an action</span>
        </summary>
        <div className="govuk-details__text">
          <RaiseActionForm
            agendaItemId={item.id}
            linkedTo={linked || null}
            owners={owners.map((o) => ({
              value: String(o.id),
              label: `${o.name} (${o.organisation ?? ROLE_LABELS[o.role]})`,
            }))}
            decisions={item.decisions.map((d) => ({
              value: String(d.id),
              label: d.text.length > 80 ? `${d.text.slice(0, 77)}…` : d.text,
            }))}
          />
        </div>
      </details>

      <ItemNav previousHref={previousHref} nextHref={nextHref} label="Agenda items, end of page" />
    </>
  );
}

function ItemNav({
  previousHref,
  nextHref,
  label,
}: {
  previousHref: string | null;
  nextHref: string | null;
  label: string;
}) {
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      <ItemLink rel="prev" href={previousHref} />
      <ItemLink rel="next" href={nextHref} />
    </nav>
  );
}

const ITEM_LINKS = {
  prev: { title: "Previous item", key: "key p" },
  next: { title: "Next item", key: "key n" },
};

function ItemLink({ rel, href }: { rel: "prev" | "next"; href: string | null }) {
  if (!href) return null;
  return (
    <div className={`govuk-pagination__${rel}`}>
      <Link className="govuk-link govuk-pagination__link" href={href} rel={rel}>
        <span className="govuk-pagination__link-title">{ITEM_LINKS[rel].title}</span>
        <span className="govuk-visually-hidden">:</span>{" "}
        <span className="govuk-pagination__link-label">{ITEM_LINKS[rel].key}</span>
      </Link>
    </div>
  );
}
