import { DEMO_ACCOUNTS, type DemoAccountKey } from "@/lib/reference/demo-accounts";
import { NPUS } from "@/lib/reference/npus";
import { PROVIDERS } from "@/lib/reference/providers";
import { npuIndex } from "@/prisma/factories/context";
import { syntheticOfficerName } from "@/prisma/factories/names";
import type { Rng } from "@/prisma/factories/random";
import type { UserRow } from "@/prisma/factories/rows";

export type BuiltUsers = {
  users: UserRow[];
  demo: Record<DemoAccountKey, number>;
  investigatorsByNpu: number[][];
};

/** The demo accounts, then `perNpu` synthetic investigators in each NPU (who cannot sign in). */
export function buildUsers(rng: Rng, perNpu: number): BuiltUsers {
  const users: UserRow[] = [];
  const demo = {} as Record<DemoAccountKey, number>;
  for (const account of DEMO_ACCOUNTS) {
    const id = users.length + 1;
    users.push({
      id,
      email: account.email,
      name: account.name,
      jobTitle: account.jobTitle,
      role: account.role,
      npuId: account.npu ? npuIndex(account.npu) + 1 : null,
      providerId: account.provider ? PROVIDERS.findIndex((p) => p.name === account.provider) + 1 : null,
      demoAccount: true,
    });
    demo[account.key] = id;
  }
  const investigatorsByNpu: number[][] = NPUS.map(() => []);
  let n = 0;
  for (let round = 0; round < perNpu; round++) {
    NPUS.forEach((npu, i) => {
      n++;
      const id = users.length + 1;
      const sergeant = rng.chance(0.25);
      users.push({
        id,
        email: `oic${String(n).padStart(3, "0")}@captiva.example`,
        name: `${sergeant ? "DS" : "DC"} ${syntheticOfficerName(rng)}`,
        jobTitle: `${sergeant ? "Detective Sergeant" : "Detective Constable"}, ${npu.name}`,
        role: "INVESTIGATOR",
        npuId: i + 1,
        providerId: null,
        demoAccount: false,
      });
      investigatorsByNpu[i]!.push(id);
    });
  }
  return { users, demo, investigatorsByNpu };
}
