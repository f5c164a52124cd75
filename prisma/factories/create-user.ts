import type { Prisma, User } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { ensureReferenceData, nextTestReference, type Db } from "@/prisma/factories/create-reference-data";

export type CreateUserInput = Partial<Omit<Prisma.UserUncheckedCreateInput, "passwordHash">> & {
  /** NPU by name (sets npuId). */
  npu?: string;
  /** Provider by name (sets providerId), for PARTNER users. */
  provider?: string;
  /** Plain password to hash with argon2id; omit for a user who cannot sign in. */
  password?: string;
};

export async function createUser(db: Db, input: CreateUserInput = {}): Promise<User> {
  const { npu, provider, password, ...fields } = input;
  const ref = await ensureReferenceData(db);
  const handle = nextTestReference("user").toLowerCase();
  return db.user.create({
    data: {
      email: `${handle}@captiva.example`,
      name: `Test User ${handle.slice(-6)}`,
      role: "INVESTIGATOR",
      npuId: npu ? ref.npu(npu) : undefined,
      providerId: provider ? ref.provider(provider) : undefined,
      passwordHash: password ? await hashPassword(password) : null,
      ...fields,
    },
  });
}
