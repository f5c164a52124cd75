import { formatDateTime } from "@/lib/dates/format";
import type { AgendaPack } from "@/lib/meetings/pack-types";
import { factRows, tableOf, THREAT_COLUMNS, threatHeadline, threatTable } from "@/lib/meetings/pack-text";
import type { PdfBlock, PdfDocumentInput } from "@/lib/pdf/layout";

/** The pack as a forum document for the PDF: the same sections, numbers and words as the screen. */
export function packDocument(pack: AgendaPack): PdfDocumentInput {
  return {
    title: `Agenda pack: ${pack.title}`,
    subtitle: [
      formatDateTime(new Date(pack.heldAt)),
      pack.location,
      pack.status === "DRAFT"
        ? `Draft of version ${pack.packVersion} (not published)`
        : `Version ${pack.packVersion}`,
    ].filter(Boolean),
    sections: pack.sections.map((s) => ({
      number: s.number,
      title: s.title,
      items: s.items.map((item) => {
        const blocks: PdfBlock[] = [];
        const rows = factRows(item);
        if (rows.length) blocks.push({ kind: "facts", rows });
        const table = tableOf(item);
        // A table item prints one line per row, its cells in the screen's column order.
        if (table)
          blocks.push(
            table.rows.length
              ? { kind: "list", items: [table.columns.join(" · "), ...table.rows.map((r) => r.join(" · "))] }
              : { kind: "paragraph", text: table.empty },
          );
        if (item.facts.kind === "threat") {
          const t = item.facts.threat;
          blocks.push({ kind: "paragraph", text: threatHeadline(t) });
          const table = (label: string, rows: string[][]) =>
            blocks.push({
              kind: "list",
              items: [
                `${label}: ${THREAT_COLUMNS.slice(1).join(" / ")}`,
                ...rows.map((r) => `${r[0]}: ${r.slice(1).join(" / ")}`),
              ],
            });
          table("By NPU", threatTable(t.byNpu));
          if (t.byHotspot.length) table("Top hotspots", threatTable(t.byHotspot));
          blocks.push({
            kind: "paragraph",
            text: t.repeatPersons.length
              ? `Persons in more than one knife-used offence this period: ${t.repeatPersons.map((p) => `${p.name} (${p.offences})`).join("; ")}.`
              : "No person is linked to more than one knife-used offence this period.",
          });
        }
        if (item.annotation) blocks.push({ kind: "note", text: `Analyst's note: ${item.annotation}` });
        return { number: item.number, title: item.title, blocks };
      }),
    })),
  };
}
