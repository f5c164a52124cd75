import Link from "next/link";
import type { ReactNode } from "react";
import { SummaryList } from "@/components/ui/summary-list";
import { PackOffenceTable } from "@/components/meetings/pack-offence-table";
import { PackScrutinyTable } from "@/components/meetings/pack-scrutiny-table";
import type { PackItem, ThreatRow } from "@/lib/meetings/pack-types";
import { factRows, tableOf, THREAT_COLUMNS, threatHeadline, threatTable } from "@/lib/meetings/pack-text";
import { Cells, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";

// One pack item as the chair reads it: number and title, the facts on one screen, the analyst's
// note. Shared by the pack page and the print view; `controls` are the analyst's editing tools.

export function itemAnchor(number: string): string {
  return `item-${number.replaceAll(".", "-")}`;
}

/** A section's items in a pack's contents (the pack page, the print view): one link each to the item. */
export function ContentsItems({
  items,
  listClass,
  itemClass,
}: {
  items: readonly Pick<PackItem, "id" | "number" | "title">[];
  listClass: string;
  itemClass?: string;
}) {
  if (items.length === 0) return null;
  return (
    <ol className={listClass}>
      {items.map((item) => (
        <li key={item.id} className={itemClass}>
          <a className="govuk-link" href={`#${itemAnchor(item.number)}`}>
            {item.number} {item.title}
          </a>
        </li>
      ))}
    </ol>
  );
}

type Props = {
  item: PackItem;
  controls?: ReactNode;
  linkRecords?: boolean;
  /** Offered on the new-offences and other-flagged-cases tables of a draft pack to those who prepare it. */
  promote?: { meetingId: number };
  /** Shown before the item's heading (the bulk-selection checkbox). */
  select?: ReactNode;
  /** Rendered in place of the generic table for the action review (the chair's in-place review). */
  actionTable?: ReactNode;
  backToContents?: boolean;
};

export function PackItemView({
  item,
  controls,
  linkRecords = true,
  promote,
  select,
  actionTable,
  backToContents = false,
}: Props) {
  const rows = factRows(item).map(([label, value]) => ({
    label,
    value:
      label === "Crime reference" && item.facts.kind === "case" && linkRecords ? (
        <Link className="govuk-link" href={`/offences/${item.facts.case.offenceId}`}>
          {value}
        </Link>
      ) : (
        value
      ),
  }));
  return (
    <section
      className={`app-pack-item govuk-!-margin-bottom-7${tableOf(item) ? " app-pack-item--table" : ""}`}
      aria-labelledby={itemAnchor(item.number)}
      data-testid="pack-item"
      data-item-id={item.id}
    >
      {select}
      <h3 className="govuk-heading-s" id={itemAnchor(item.number)}>
        <span className="app-pack-item__number">{item.number}</span> {item.title}
      </h3>
      {rows.length > 0 ? <SummaryList rows={rows} className="govuk-summary-list--condensed" /> : null}
      {item.facts.kind === "threat" ? <ThreatSummary item={item} /> : null}
      {item.facts.kind === "offence-table" ? (
        <PackOffenceTable
          rows={item.facts.rows}
          promote={promote ? { meetingId: promote.meetingId, section: "NEW_OFFENCE" } : null}
          linkRecords={linkRecords}
          caption={`${item.number} ${item.title}`}
        />
      ) : item.facts.kind === "scrutiny-table" ? (
        <PackScrutinyTable
          rows={item.facts.rows}
          promote={promote ? { meetingId: promote.meetingId, section: "SCRUTINY" } : null}
          linkRecords={linkRecords}
          caption={`${item.number} ${item.title}`}
        />
      ) : item.facts.kind === "action-table" && actionTable ? (
        actionTable
      ) : (
        <PlainTable item={item} />
      )}
      {item.annotation ? (
        <div className="govuk-inset-text" data-testid="pack-item-note">
          <span className="govuk-!-font-weight-bold">Analyst&apos;s note:</span> {item.annotation}
        </div>
      ) : null}
      {controls}
      {backToContents ? (
        <p className="govuk-body govuk-!-font-size-16 app-no-print">
          <a className="govuk-link" href="#contents-heading">
            Back to contents
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** The action review and referral tables, as words (the promotable tables have their own components). */
export function PlainTable({ item }: { item: PackItem }) {
  const table =
    item.facts.kind === "offence-table" || item.facts.kind === "scrutiny-table" ? null : tableOf(item);
  if (!table) return null;
  if (table.rows.length === 0) return <p className="govuk-body">{table.empty}</p>;
  return (
    <div className="app-pack-table">
      <DataTable
        caption={`${item.number} ${item.title}`}
        testId="pack-table"
        className="govuk-!-font-size-16"
        columns={table.columns}
      >
        {table.rows.map((r, k) => (
          <tr key={k} className="govuk-table__row">
            <RowHeader>{r[0]}</RowHeader>
            <Cells values={r.slice(1)} />
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

function ThreatSummary({ item }: { item: PackItem }) {
  if (item.facts.kind !== "threat") return null;
  const t = item.facts.threat;
  return (
    <>
      <p className="govuk-body">{threatHeadline(t)}</p>
      <ThreatTable caption="Knife-used offences by NPU" rows={t.byNpu} />
      {t.byHotspot.length > 0 ? (
        <ThreatTable caption="Busiest hotspots (knife-used offences)" rows={t.byHotspot} />
      ) : null}
      <h4 className="govuk-heading-s">Persons in more than one knife-used offence this period</h4>
      {t.repeatPersons.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {t.repeatPersons.map((p) => (
            <li key={p.name}>
              {p.name}: {p.offences} offences
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">None.</p>
      )}
    </>
  );
}

function ThreatTable({ caption, rows }: { caption: string; rows: ThreatRow[] }) {
  return (
    <DataTable
      caption={caption}
      captionSize="s"
      columns={[THREAT_COLUMNS[0], ...numericColumns(...THREAT_COLUMNS.slice(1))]}
    >
      {threatTable(rows).map((r) => (
        <tr className="govuk-table__row" key={r[0]}>
          <RowHeader>{r[0]}</RowHeader>
          <Cells values={r.slice(1)} numeric />
        </tr>
      ))}
    </DataTable>
  );
}
