import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import type { CreatePersonInput } from "@/lib/persons/schemas";
import { dbDateOf, todayInUk } from "@/lib/dates/day";
import { dateOfBirthProblem } from "@/lib/persons/rules";
import { MERGE_FIELD_SELECT } from "@/lib/persons/merge-field-select";
import { linkPersonToOffence } from "@/lib/offence-persons/server/link-person-to-offence";

/**
 * Creates a new person and adds them to the offence they were being added to, in one transaction
 * (COLLECTION for the person, COMBINATION for the link). Only reached after find-before-create
 * showed the analyst the possible matches.
 */
export async function createPerson({
  actor,
  input,
}: ActorInput<CreatePersonInput>): Promise<{ id: number; offenceId: number }> {
  await requirePermission(actor, "persons.write");
  await requirePermission(actor, "offences.write");
  const data = input;
  // Parsed by the action; the one rule a bypass could break is checked again here.
  const problem = data.dateOfBirth
    ? dateOfBirthProblem(dbDateOf(data.dateOfBirth), dbDateOf(todayInUk()))
    : null;
  if (problem) throw new AppError("VALIDATION", { fieldErrors: { dateOfBirth: [problem] } });
  return getPrisma().$transaction(async (tx) => {
    const npuId = data.npu
      ? (await tx.npu.findUnique({ where: { name: data.npu }, select: { id: true } }))?.id
      : null;
    if (npuId === undefined)
      throw new AppError("VALIDATION", { fieldErrors: { npu: ["Select the neighbourhood policing unit"] } });
    // The audit row holds the person's details as stored (the fields a merge chooses between).
    const { id, ...created } = await tx.person.create({
      data: {
        surname: data.surname,
        forenames: data.forenames,
        dateOfBirth: data.dateOfBirth ? dbDateOf(data.dateOfBirth) : null,
        gender: data.gender,
        npuId,
        vulnerable: data.vulnerable === "yes",
        source: "MANUAL",
      },
      select: { id: true, ...MERGE_FIELD_SELECT },
    });
    await writeAuditBy(tx, actor, {
      event: "person.created",
      entity: { type: "person", id },
      after: created,
    });
    await linkPersonToOffence(tx, actor, { offenceId: data.offenceId, personId: id, role: data.role });
    return { id, offenceId: data.offenceId };
  });
}
