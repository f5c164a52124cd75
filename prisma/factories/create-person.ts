import type { Person, Prisma } from "@/lib/generated/prisma/client";
import { ensureReferenceData, nextTestReference, type Db } from "@/prisma/factories/create-reference-data";

export type CreatePersonInput = Partial<Prisma.PersonUncheckedCreateInput> & { npu?: string };

export async function createPerson(db: Db, input: CreatePersonInput = {}): Promise<Person> {
  const { npu, ...fields } = input;
  const ref = await ensureReferenceData(db);
  const n = nextTestReference("N");
  return db.person.create({
    data: {
      surname: `Testington${n.slice(-4)}`,
      forenames: "Jordan",
      dateOfBirth: new Date("2008-06-15T00:00:00.000Z"),
      gender: "MALE",
      npuId: ref.npu(npu ?? "Birmingham East"),
      source: "MANUAL",
      ...fields,
    },
  });
}
