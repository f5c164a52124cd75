import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { parseHotspotCodes } from "@/lib/patrols/evaluation";
import type { Arm } from "@/lib/patrols/types";

/** The arms' hotspot ids from the typed codes; an unknown code is a field error on its list. */
export async function resolveDeploymentArms(
  tx: Pick<Tx, "hotspot">,
  input: { treatment: string; control: string },
): Promise<{ hotspotId: number; code: string; arm: Arm }[]> {
  const lists = { treatment: parseHotspotCodes(input.treatment), control: parseHotspotCodes(input.control) };
  const known = new Map(
    (
      await tx.hotspot.findMany({
        where: { code: { in: [...lists.treatment, ...lists.control], mode: "insensitive" } },
        select: { id: true, code: true },
      })
    ).map((h) => [h.code.toUpperCase(), h]),
  );
  const fieldErrors: Record<string, string[]> = {};
  for (const field of ["treatment", "control"] as const) {
    const unknown = lists[field].filter((c) => !known.has(c));
    if (unknown.length) fieldErrors[field] = [`No hotspot has the code ${unknown.join(", ")}`];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });
  return [
    ...lists.treatment.map((c) => ({
      hotspotId: known.get(c)!.id,
      code: known.get(c)!.code,
      arm: "TREATMENT" as const,
    })),
    ...lists.control.map((c) => ({
      hotspotId: known.get(c)!.id,
      code: known.get(c)!.code,
      arm: "CONTROL" as const,
    })),
  ];
}
