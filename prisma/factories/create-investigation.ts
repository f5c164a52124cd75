import type { Investigation, Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/prisma/factories/create-reference-data";

export type CreateInvestigationInput = Partial<Prisma.InvestigationUncheckedCreateInput> & {
  offenceId: number;
};

/** An open investigation, review due a week after 2026-11-27 unless told. */
export function createInvestigation(db: Db, input: CreateInvestigationInput): Promise<Investigation> {
  return db.investigation.create({
    data: { status: "OPEN", outcomeCode: 0, nextReviewOn: new Date("2026-12-04T00:00:00.000Z"), ...input },
  });
}
