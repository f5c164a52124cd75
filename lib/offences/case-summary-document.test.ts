import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/pdf/document";
import { pageMarkingProblems, pdfPageTexts } from "@/lib/testing/pdf-text";
import { offenceSummary } from "@/lib/testing/offence-summary";
import { caseSummaryDocument } from "@/lib/offences/case-summary-document";
import type { CaseSummary } from "@/lib/offences/server/get-case-summary";

// Issue 18: the case summary's PDF read back as a reader sees it: the marking top and bottom of
// every page, "Page n of m", who printed it and why, the people with their roles, flags and groups.

const at = new Date("2026-11-27T12:00:00Z");

function summary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    offence: offenceSummary(),
    people: [
      {
        linkId: 1,
        personId: 11,
        name: "Ada QUILLFEATHER",
        role: "VICTIM",
        ageAtTime: 17,
        flags: ["UNDER_25", "GROUP_MEMBER"],
        groups: ["Synthetic Row Crew"],
      },
      {
        linkId: 2,
        personId: 12,
        name: "Tobin MARCHBANK",
        role: "SUSPECT",
        ageAtTime: 19,
        flags: [],
        groups: [],
      },
    ],
    investigation: {
      id: 3,
      offenceId: 7,
      version: 1,
      offenceVersion: 1,
      occurredOn: new Date("2026-10-20"),
      status: "OPEN",
      oicId: 5,
      oicName: "DC Example",
      outcomeCode: null,
      outcomeDescription: null,
      outcomeOn: null,
      chargedOn: null,
      knifeRecovered: false,
      nextReviewOn: null,
      flaggedForScrutiny: false,
      scrutinyReason: null,
      flaggedAt: null,
      // Enough updates to run over several pages.
      updates: Array.from({ length: 40 }, (_, i) => ({
        id: i + 1,
        authorName: "DC Example",
        createdAt: at,
        body: `Update ${i + 1}: enquiries continue with the neighbours and the CCTV of the high street.`,
      })),
      canEdit: false,
      canReassign: false,
      oicOptions: [],
    },
    intelligence: {
      items: [],
      restricted: { count: 1, askSubmitters: ["DS Analyst"] },
    },
    interventions: { referrals: [], onlyOwn: false },
    meetings: { meetingsVisible: true, agendaItems: [], decisions: [], actions: [], onlyOwnActions: false },
    printedAt: at,
    printedBy: "Chair Person (Chair)",
    reason: "Preparing for or attending a Captiva Guardian meeting",
    ...overrides,
  };
}

describe("the case summary PDF", () => {
  it("marks and numbers every page and holds the offence, who printed it, why, and the people", async () => {
    const pages = await pdfPageTexts(await renderPdf(caseSummaryDocument(summary())));
    expect(pages.length).toBeGreaterThan(3);
    expect(pageMarkingProblems(pages)).toEqual([]);
    const whole = pages.join(" ").replace(/\s+/g, " ");
    expect(pages[0]).toContain("Case summary: 20TEST/000123/26");
    expect(pages[0]).toContain("Printed 27 Nov 2026");
    expect(pages[0]).toContain("by Chair Person (Chair)");
    expect(pages[0]).toContain("Reason: Preparing for or attending a Captiva Guardian meeting");
    expect(whole).toContain("2.1 Ada QUILLFEATHER (victim)");
    expect(whole).toContain("2.2 Tobin MARCHBANK (suspect)");
    expect(whole).toContain("Under 25, Group member");
    expect(whole).toContain("Synthetic Row Crew");
    expect(whole).toContain("Restricted (C-coded) intelligence exists for this record (1 item)");
    expect(whole).toContain("Update 40: enquiries continue");
  }, 30_000); // rendering and reading back several pages; slow only on a busy machine

  it("has no groups row and no intelligence section for a role that may not see them", () => {
    const doc = caseSummaryDocument(
      summary({
        intelligence: null,
        people: [
          { linkId: 1, personId: 11, name: "Ada X", role: "VICTIM", ageAtTime: 17, flags: [], groups: null },
        ],
      }),
    );
    expect(doc.sections.map((s) => s.title)).toEqual([
      "The offence",
      "People",
      "Investigation",
      "Interventions and referrals",
      "Meetings, decisions and actions",
    ]);
    const facts = doc.sections[1]!.items[0]!.blocks[0]!;
    expect(facts.kind === "facts" && facts.rows.map(([label]) => label)).toEqual([
      "Role",
      "Age at the time",
      "Flags",
    ]);
  });
});
