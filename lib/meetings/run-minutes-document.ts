import type { PdfDocumentInput, PdfItem } from "@/lib/pdf/layout";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import type { Minutes } from "@/lib/meetings/server/take-minutes";
import { ACTION_STATUS_LABELS } from "@/lib/labels/action-status";

// The minutes as a forum document (lib/pdf renders it with the marking, page numbers and contents).
// Pure, so it can be unit-tested; the print view shows the same sections in the same order.

export const ATTENDANCE_LABELS = {
  EXPECTED: "Not recorded",
  PRESENT: "Present",
  APOLOGIES: "Apologies",
  ABSENT: "Absent",
} as const;
type MinutesItem = Minutes["items"][number];

/** The minutes' items grouped under the pack's sections, in pack order with the pack's numbers. */
export function minutesSections(minutes: Minutes): { number: string; title: string; items: MinutesItem[] }[] {
  const sections: { number: string; title: string; items: MinutesItem[] }[] = [];
  for (const item of minutes.items) {
    const last = sections.at(-1);
    if (last && last.number === String(item.sectionNumber)) last.items.push(item);
    else sections.push({ number: String(item.sectionNumber), title: item.sectionTitle, items: [item] });
  }
  return sections;
}

/** A decision's label: the item's pack number and its place on the item, e.g. "D5.1.2". */
export function decisionLabel(itemNumber: string, index: number): string {
  return `D${itemNumber}.${index + 1}`;
}

export function minutesDocument(minutes: Minutes): PdfDocumentInput {
  const decisionNumber = new Map<number, string>();
  const toPdfItem = (item: MinutesItem): PdfItem => {
    item.decisions.forEach((d, k) => decisionNumber.set(d.id, decisionLabel(item.number, k)));
    return {
      number: item.number,
      title: item.title,
      blocks: [
        ...(item.caseRef || item.personName
          ? [
              {
                kind: "facts" as const,
                rows: [
                  ["Case", item.caseRef ?? "None"],
                  ["Person", item.personName ?? "None"],
                ] as [string, string][],
              },
            ]
          : []),
        {
          kind: "paragraph" as const,
          text: item.note || (item.discussed ? "Discussed; no note recorded." : "Not discussed."),
        },
        ...item.decisions.map((d, k) => ({
          kind: "facts" as const,
          rows: [
            [`Decision ${decisionLabel(item.number, k)}`, d.text],
            ["Rationale", d.rationale],
          ] as [string, string][],
        })),
      ],
    };
  };
  // Attendance and actions are lettered so the agenda's sections keep the pack's numbers.
  const itemSections = minutesSections(minutes).map((s) => ({
    number: s.number,
    title: s.title,
    items: s.items.map(toPdfItem),
  }));
  return {
    title: `Minutes: ${minutes.title}`,
    subtitle: [
      `Held ${formatDateTime(minutes.heldAt)}${minutes.location ? `, ${minutes.location}` : ""}`,
      `Chair: ${minutes.chairName}. Closed ${formatDateTime(minutes.closedAt)}.`,
    ],
    sections: [
      {
        number: "A",
        title: "Attendance",
        blocks: [
          {
            kind: "facts",
            rows: minutes.attendees.map((a) => [
              a.organisation ? `${a.name}, ${a.organisation}` : a.name,
              ATTENDANCE_LABELS[a.status],
            ]),
          },
        ],
        items: [],
      },
      ...itemSections,
      {
        number: "B",
        title: "Actions raised",
        blocks: [
          minutes.actions.length === 0
            ? { kind: "paragraph", text: "No actions were raised." }
            : {
                kind: "list",
                items: minutes.actions.map(
                  (a) =>
                    `${a.title} – ${a.ownerName}, due ${formatDate(a.dueOn)}, ${ACTION_STATUS_LABELS[a.status].toLowerCase()}` +
                    `${a.caseRef ? `, case ${a.caseRef}` : ""}${a.decisionId && decisionNumber.has(a.decisionId) ? ` (from decision ${decisionNumber.get(a.decisionId)})` : ""}`,
                ),
              },
        ],
        items: [],
      },
    ],
  };
}
