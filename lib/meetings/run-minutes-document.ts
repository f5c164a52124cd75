import type { PdfDocumentInput, PdfItem } from "@/lib/pdf/layout";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { Minutes } from "@/lib/meetings/server/take-minutes";

// The minutes as a forum document (lib/pdf renders it with the marking, page numbers and contents).
// Pure, so it can be unit-tested; the print view shows the same sections in the same order.

export const ATTENDANCE_LABELS = { EXPECTED: "Not recorded", PRESENT: "Present", APOLOGIES: "Apologies", ABSENT: "Absent" } as const;
export const ACTION_STATUS_LABELS = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  NOT_POSSIBLE: "Not possible",
  NOT_DONE: "Not done",
} as const;

export function minutesDocument(minutes: Minutes): PdfDocumentInput {
  const decisionNumber = new Map<number, string>();
  const items: PdfItem[] = minutes.items.map((item, i) => {
    item.decisions.forEach((d, k) => decisionNumber.set(d.id, `D${i + 1}.${k + 1}`));
    return {
      number: `2.${i + 1}`,
      title: item.title,
      blocks: [
        ...(item.caseRef || item.personName
          ? [{ kind: "facts" as const, rows: [["Case", item.caseRef ?? "None"], ["Person", item.personName ?? "None"]] as [string, string][] }]
          : []),
        { kind: "paragraph" as const, text: item.note || (item.discussed ? "Discussed; no note recorded." : "Not discussed.") },
        ...item.decisions.map((d, k) => ({
          kind: "facts" as const,
          rows: [
            [`Decision D${i + 1}.${k + 1}`, d.text],
            ["Rationale", d.rationale],
          ] as [string, string][],
        })),
      ],
    };
  });
  return {
    title: `Minutes: ${minutes.title}`,
    subtitle: [
      `Held ${formatDateTime(minutes.heldAt)}${minutes.location ? `, ${minutes.location}` : ""}`,
      `Chair: ${minutes.chairName}. Closed ${formatDateTime(minutes.closedAt)}.`,
    ],
    sections: [
      {
        number: "1",
        title: "Attendance",
        blocks: [{ kind: "facts", rows: minutes.attendees.map((a) => [a.organisation ? `${a.name}, ${a.organisation}` : a.name, ATTENDANCE_LABELS[a.status]]) }],
        items: [],
      },
      { number: "2", title: "Items, notes and decisions", items },
      {
        number: "3",
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
