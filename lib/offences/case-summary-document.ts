import { formatDate, formatDateTime } from "@/lib/dates/format";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import { ACTION_STATUS_LABELS } from "@/lib/labels/action-status";
import { offenceFactRows } from "@/lib/offences/offence-facts";
import { PERSON_FLAG_LABELS } from "@/lib/persons/rules";
import type { PdfBlock, PdfDocumentInput, PdfItem, PdfSection } from "@/lib/pdf/layout";
import type { CaseSummary } from "@/lib/offences/server/get-case-summary";

// The case summary as one document, for both the print view and the PDF: the same sections, numbers
// and words on paper and on screen. Pure, so the words are tested without a database.

const yesNo = (value: boolean) => (value ? "Yes" : "No");
const dateOr = (value: Date | null, none: string) => (value ? formatDate(value) : none);

/** The lines under the title: who printed it, when and why. */
export function caseSummarySubtitle(summary: CaseSummary): string[] {
  return [
    `Printed ${formatDateTime(summary.printedAt)} by ${summary.printedBy}`,
    `Reason: ${summary.reason}`,
  ];
}

export function caseSummaryDocument(summary: CaseSummary): PdfDocumentInput {
  const sections: Omit<PdfSection, "number">[] = [
    offenceSection(summary),
    peopleSection(summary),
    investigationSection(summary),
    ...(summary.intelligence ? [intelligenceSection(summary.intelligence)] : []),
    interventionsSection(summary),
    meetingsSection(summary),
  ];
  return {
    title: `Case summary: ${summary.offence.crimeReference}`,
    subtitle: caseSummarySubtitle(summary),
    sections: sections.map((s, i) => ({
      ...s,
      number: String(i + 1),
      items: s.items.map((item, j) => ({ ...item, number: `${i + 1}.${j + 1}` })),
    })),
  };
}

type Section = Omit<PdfSection, "number">;

function offenceSection({ offence }: CaseSummary): Section {
  return {
    title: "The offence",
    blocks: [
      {
        kind: "facts",
        rows: [
          ["Crime reference", offence.crimeReference],
          ["Offence", `${offence.offenceCode} – ${offence.offenceDescription}`],
          ...offenceFactRows(offence),
          [
            "Investigation",
            offence.investigationStatus
              ? INVESTIGATION_STATUS_LABELS[offence.investigationStatus]
              : "Not opened",
          ],
        ],
      },
    ],
    items: [],
  };
}

function peopleSection({ people }: CaseSummary): Section {
  return {
    title: "People",
    blocks: people.length ? [] : [{ kind: "paragraph", text: "No one is linked to this offence." }],
    items: people.map((p) => {
      const rows: [string, string][] = [
        ["Role", PERSON_ROLE_LABELS[p.role]],
        ["Age at the time", p.ageAtTime === null ? "Not known" : String(p.ageAtTime)],
        ["Flags", p.flags.map((f) => PERSON_FLAG_LABELS[f]).join(", ") || "None"],
      ];
      // Only for a role that may read groups; for others the row is absent, not "None".
      if (p.groups) rows.push(["Groups", p.groups.join(", ") || "None"]);
      return {
        number: "",
        title: `${p.name} (${PERSON_ROLE_LABELS[p.role].toLowerCase()})`,
        blocks: [{ kind: "facts", rows }],
      };
    }),
  };
}

function investigationSection({ investigation: inv }: CaseSummary): Section {
  if (!inv)
    return {
      title: "Investigation",
      blocks: [{ kind: "paragraph", text: "No investigation has been opened for this offence." }],
      items: [],
    };
  return {
    title: "Investigation",
    blocks: [
      {
        kind: "facts",
        rows: [
          ["Officer in charge", inv.oicName ?? "Not assigned"],
          ["Status", INVESTIGATION_STATUS_LABELS[inv.status]],
          [
            "Outcome",
            inv.outcomeCode === null
              ? "None recorded"
              : `${inv.outcomeCode} – ${inv.outcomeDescription ?? ""}`,
          ],
          ["Outcome date", dateOr(inv.outcomeOn, "Not set")],
          ["Charge date", dateOr(inv.chargedOn, "Not set")],
          ["Knife recovered", yesNo(inv.knifeRecovered)],
          ["Next review date", dateOr(inv.nextReviewOn, "Not set")],
          ["Flagged for scrutiny", inv.flaggedForScrutiny ? `Yes: ${inv.scrutinyReason ?? ""}` : "No"],
        ],
      },
      ...(inv.updates.length ? [] : [{ kind: "paragraph" as const, text: "No updates yet." }]),
    ],
    items: inv.updates.map((u) => ({
      number: "",
      title: `Update by ${u.authorName}, ${formatDateTime(u.createdAt)}`,
      blocks: [{ kind: "paragraph", text: u.body }],
    })),
  };
}

function intelligenceSection(intel: NonNullable<CaseSummary["intelligence"]>): Section {
  const blocks: PdfBlock[] = [];
  if (intel.restricted) {
    const n = intel.restricted.count;
    blocks.push({
      kind: "note",
      text: `Restricted (C-coded) intelligence exists for this record (${n === 1 ? "1 item" : `${n} items`}). Its content is available to the chair and analysts only: ask the analyst team or ${intel.restricted.askSubmitters.join(", ")}.`,
    });
  }
  const items: PdfItem[] = [];
  for (const item of intel.items) {
    if (item.restricted) continue; // never listed for an offence (list-linked-intelligence), kept safe here
    const rows: [string, string][] = [
      ["Received", formatDate(item.receivedOn)],
      ["Grading", item.grading],
      ["Submitted by", item.submittedBy],
    ];
    if (item.locationText) rows.push(["Location", item.locationText]);
    if (item.handlingConditions) rows.push(["Handling conditions", item.handlingConditions]);
    items.push({
      number: "",
      title: item.reference,
      blocks: [
        { kind: "facts", rows },
        { kind: "paragraph", text: item.text },
      ],
    });
  }
  if (items.length === 0 && !intel.restricted)
    blocks.push({ kind: "paragraph", text: "No intelligence is linked to this offence." });
  return { title: "Intelligence", blocks, items };
}

function interventionsSection({ interventions }: CaseSummary): Section {
  const { referrals, onlyOwn } = interventions;
  const blocks: PdfBlock[] = [];
  if (onlyOwn)
    blocks.push({ kind: "note", text: "Only the referrals you made for this offence are listed." });
  blocks.push(
    referrals.length
      ? {
          kind: "list",
          items: referrals.map(
            (r) =>
              `${r.personName}: ${r.providerName} (${r.pathway}), ${REFERRAL_STATE_LABELS[r.state]}; referred ${formatDate(r.referredOn)}${r.completedOn ? `, completed ${formatDate(r.completedOn)}` : ""}${r.followUpDueOn ? `, follow-up due ${formatDate(r.followUpDueOn)}` : ""}`,
          ),
        }
      : { kind: "paragraph", text: "No referrals to interventions for this offence." },
  );
  return { title: "Interventions and referrals", blocks, items: [] };
}

function meetingsSection({ meetings }: CaseSummary): Section {
  const items: PdfItem[] = [];
  if (meetings.meetingsVisible) {
    items.push({
      number: "",
      title: "Meetings where it was discussed",
      blocks: [
        meetings.agendaItems.length
          ? {
              kind: "list",
              items: meetings.agendaItems.map(
                (a) =>
                  `${a.meetingTitle}, ${formatDateTime(a.heldAt)}: ${a.title}${a.discussed ? ` – discussed${a.discussionNote ? `: ${a.discussionNote}` : ""}` : ""}`,
              ),
            }
          : { kind: "paragraph", text: "This offence has not been on an agenda." },
      ],
    });
    items.push({
      number: "",
      title: "Decisions",
      blocks: meetings.decisions.length
        ? meetings.decisions.map((d) => ({
            kind: "paragraph" as const,
            text: `${d.text} Rationale: ${d.rationale} (${d.meetingTitle}, ${formatDateTime(d.recordedAt)})`,
          }))
        : [{ kind: "paragraph", text: "No decisions recorded about this offence." }],
    });
  }
  items.push({
    number: "",
    title: meetings.onlyOwnActions ? "Your actions for this offence" : "Actions",
    blocks: [
      meetings.actions.length
        ? {
            kind: "list",
            items: meetings.actions.map(
              (a) =>
                `${a.title}: ${a.ownerName}, due ${formatDate(a.dueOn)}, ${ACTION_STATUS_LABELS[a.status]}`,
            ),
          }
        : { kind: "paragraph", text: "No actions." },
    ],
  });
  return {
    title: "Meetings, decisions and actions",
    blocks: meetings.meetingsVisible
      ? []
      : [{ kind: "note", text: "Meeting agendas and decisions are for the forum's chair and analysts." }],
    items,
  };
}
