import type { Offence, OffencePerson, PersonRole, Prisma } from "@/lib/generated/prisma/client";
import { ensureReferenceData, nextTestReference, type Db } from "@/prisma/factories/create-reference-data";

export type CreateOffenceInput = Partial<Prisma.OffenceUncheckedCreateInput> & {
  npu?: string;
  /** Hotspot by code ("HS01"). */
  hotspot?: string;
};

/** An offence (8N, knife not used, victim aged 17, Birmingham East, recorded 2026-10-01 unless told). */
export async function createOffence(db: Db, input: CreateOffenceInput = {}): Promise<Offence> {
  const { npu, hotspot, ...fields } = input;
  const ref = await ensureReferenceData(db);
  const occurredOn = fields.occurredOn ?? fields.recordedOn ?? new Date("2026-10-01T00:00:00.000Z");
  return db.offence.create({
    data: {
      crimeReference: nextTestReference(),
      offenceCode: "8N",
      knifeUsed: false,
      occurredOn,
      recordedOn: fields.recordedOn ?? occurredOn,
      npuId: ref.npu(npu ?? "Birmingham East"),
      hotspotId: hotspot ? ref.hotspot(hotspot) : null,
      summary: "Synthetic test offence.",
      youngestVictimAge: 17,
      source: "MANUAL",
      ...fields,
    },
  });
}

/** Links a person to an offence, with their age on the day when their date of birth is known. */
export async function linkPerson(
  db: Db,
  offenceId: number,
  personId: number,
  role: PersonRole,
): Promise<OffencePerson> {
  const [offence, person] = await Promise.all([
    db.offence.findUniqueOrThrow({ where: { id: offenceId }, select: { occurredOn: true } }),
    db.person.findUniqueOrThrow({ where: { id: personId }, select: { dateOfBirth: true } }),
  ]);
  return db.offencePerson.create({
    data: {
      offenceId,
      personId,
      role,
      ageAtTime: person.dateOfBirth ? age(person.dateOfBirth, offence.occurredOn) : null,
    },
  });
}

function age(dob: Date, on: Date): number {
  const before =
    on.getUTCMonth() < dob.getUTCMonth() ||
    (on.getUTCMonth() === dob.getUTCMonth() && on.getUTCDate() < dob.getUTCDate());
  return on.getUTCFullYear() - dob.getUTCFullYear() - (before ? 1 : 0);
}
