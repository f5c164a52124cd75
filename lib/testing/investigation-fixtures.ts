import { getPrisma } from "@/lib/db/server/prisma";
import { updateInvestigationSchema, type InvestigationFormValues } from "@/lib/investigations/schemas";
import { createInvestigation, type CreateInvestigationInput } from "@/prisma/factories/create-investigation";
import { createOffence, type CreateOffenceInput } from "@/prisma/factories/create-offence";
import { day } from "@/prisma/factories/create-reference-data";
import { createUser } from "@/prisma/factories/create-user";

/**
 * An open investigation (version 1, next review 4 December 2026) of an offence of 1 October 2026,
 * with a new officer in charge, "DC Owner": the investigations' integration tests start here.
 */
export async function openCase() {
  const prisma = getPrisma();
  const oic = await createUser(prisma, { role: "INVESTIGATOR", name: "DC Owner" });
  const offence = await createOffence(prisma, {
    occurredOn: day("2026-10-01"),
    recordedOn: day("2026-10-02"),
  });
  const investigation = await createInvestigation(prisma, {
    offenceId: offence.id,
    oicId: oic.id,
    nextReviewOn: day("2026-12-04"),
  });
  return { oic, offence, investigation };
}

/** The investigation form as an officer submits it: open, no outcome, next review 4 December 2026. */
export const investigationForm = (over: Partial<InvestigationFormValues> = {}): InvestigationFormValues => ({
  status: "OPEN",
  outcomeCode: "0",
  outcomeOn: "",
  chargedOn: "",
  nextReviewOn: "2026-12-04",
  knifeRecovered: "no",
  flagged: false,
  scrutinyReason: "",
  ...over,
});

/** updateInvestigation's input: the form (with `over`) for this record at the versions the editor saw. */
export const investigationEdit = (
  ids: { id: number; version: number; offenceVersion: number },
  over: Partial<InvestigationFormValues> = {},
) => updateInvestigationSchema.parse({ ...ids, ...investigationForm(over) });

/**
 * `count` offences, the i-th made from `shape(i)` and investigated unless its investigation is null:
 * the offence list's paging tests build their worlds of ties (few dates, statuses, review dates).
 */
export async function offencesWithInvestigations(
  count: number,
  shape: (i: number) => {
    offence: CreateOffenceInput;
    investigation: Omit<CreateInvestigationInput, "offenceId"> | null;
  },
): Promise<void> {
  const prisma = getPrisma();
  for (let i = 0; i < count; i++) {
    const { offence, investigation } = shape(i);
    const { id } = await createOffence(prisma, offence);
    if (investigation) await createInvestigation(prisma, { ...investigation, offenceId: id });
  }
}
