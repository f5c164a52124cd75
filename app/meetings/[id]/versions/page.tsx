import type { Metadata } from "next";
import Link from "next/link";
import { ColumnTable, type TableColumn } from "@/components/ui/column-table";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { diffPacks, type PackChange } from "@/lib/meetings/rules";
import { getAgendaPack, type AgendaPackView } from "@/lib/meetings/server/get-agenda-pack";

export const metadata: Metadata = { title: "Agenda pack – versions" };

type Props = { params: Promise<{ id: string }> };

const CHANGE_LABELS: Record<PackChange["change"], string> = {
  added: "Added",
  removed: "Removed",
  moved: "Moved",
  annotated: "Note changed",
  retitled: "Title changed",
  rows: "Table rows changed",
};

const CHANGE_COLUMNS: TableColumn<PackChange>[] = [
  {
    header: "Item",
    cell: (c) => (
      <>
        {c.number} {c.title}
      </>
    ),
  },
  { header: "Change", cell: (c) => CHANGE_LABELS[c.change] },
  { header: "Detail", cell: (c) => c.detail ?? "" },
];

/** Every published version of the pack, each with what changed from the one before. */
export default async function PackVersionsPage({ params }: Props) {
  const actor = await requirePageActor("meetings.read");
  const meetingId = routeId((await params).id);
  const latest = await loadOrNotFound(() => getAgendaPack({ actor, meetingId }));
  const packs: AgendaPackView[] = [];
  for (const v of latest.versions)
    packs.push(
      await loadOrNotFound(() => getAgendaPack({ actor, meetingId, versionNumber: v.versionNumber })),
    );

  return (
    <>
      <Link className="govuk-back-link" href={`/meetings/${meetingId}`}>
        Back to the pack
      </Link>
      <span className="govuk-caption-l">{latest.title}</span>
      <h1 className="govuk-heading-l">Pack versions</h1>
      {packs.length === 0 ? <p className="govuk-body">The pack has not been published yet.</p> : null}
      {[...latest.versions].reverse().map((v) => {
        const index = latest.versions.indexOf(v);
        const changes = index > 0 ? diffPacks(packs[index - 1]!, packs[index]!) : null;
        return (
          <section
            key={v.versionNumber}
            aria-labelledby={`version-${v.versionNumber}`}
            data-testid="pack-version"
          >
            <h2 className="govuk-heading-m" id={`version-${v.versionNumber}`}>
              Version {v.versionNumber}
            </h2>
            <p className="govuk-body">
              Published {formatDateTime(v.publishedAt)} by {v.publishedBy}.
            </p>
            {changes == null ? (
              <p className="govuk-body">The first published version.</p>
            ) : changes.length === 0 ? (
              <p className="govuk-body">No changes from version {v.versionNumber - 1}.</p>
            ) : (
              <ColumnTable
                caption={`Changes from version ${v.versionNumber - 1}`}
                captionSize="s"
                columns={CHANGE_COLUMNS}
                rows={changes}
                rowKey={(_, i) => i}
                rowTestId="pack-change"
              />
            )}
          </section>
        );
      })}
    </>
  );
}
