import Link from "next/link";
import type { ReactNode } from "react";
import { SummaryList } from "@/components/ui/summary-list";
import type { PackItem, ThreatRow } from "@/lib/meetings/pack-types";
import { factRows, THREAT_COLUMNS, threatHeadline, threatTable } from "@/lib/meetings/pack-text";

// One pack item as the chair reads it: number and title, the facts on one screen, the analyst's
// note. Shared by the pack page and the print view; `controls` are the analyst's editing tools.

export function itemAnchor(number: string): string {
  return `item-${number.replaceAll(".", "-")}`;
}

export function PackItemView({ item, controls, linkRecords = true }: { item: PackItem; controls?: ReactNode; linkRecords?: boolean }) {
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
    <section className="app-pack-item govuk-!-margin-bottom-7" aria-labelledby={itemAnchor(item.number)} data-testid="pack-item" data-item-id={item.id}>
      <h3 className="govuk-heading-s" id={itemAnchor(item.number)}>
        <span className="app-pack-item__number">{item.number}</span> {item.title}
      </h3>
      {rows.length > 0 ? <SummaryList rows={rows} className="govuk-summary-list--condensed" /> : null}
      {item.facts.kind === "threat" ? <ThreatSummary item={item} /> : null}
      {item.annotation ? (
        <div className="govuk-inset-text" data-testid="pack-item-note">
          <span className="govuk-!-font-weight-bold">Analyst&apos;s note:</span> {item.annotation}
        </div>
      ) : null}
      {controls}
    </section>
  );
}

function ThreatSummary({ item }: { item: PackItem }) {
  if (item.facts.kind !== "threat") return null;
  const t = item.facts.threat;
  return (
    <>
      <p className="govuk-body">{threatHeadline(t)}</p>
      <ThreatTable caption="Knife-used offences by NPU" rows={t.byNpu} />
      {t.byHotspot.length > 0 ? <ThreatTable caption="Busiest hotspots (knife-used offences)" rows={t.byHotspot} /> : null}
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
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {THREAT_COLUMNS.map((c, i) => (
            <th key={i} scope="col" className={`govuk-table__header${i > 0 ? " govuk-table__header--numeric" : ""}`}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {threatTable(rows).map((r) => (
          <tr className="govuk-table__row" key={r[0]}>
            <th scope="row" className="govuk-table__header">
              {r[0]}
            </th>
            {r.slice(1).map((v, i) => (
              <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
