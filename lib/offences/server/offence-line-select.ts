import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The fields that name an offence on a line of a list: the agenda pack's tables
 * and the facts beside a meeting's item. Each read adds what only it shows.
 */
export const OFFENCE_LINE_SELECT = {
  id: true,
  crimeReference: true,
  recordedOn: true,
  offenceCode: true,
  offenceType: { select: { description: true } },
  npu: { select: { name: true } },
  hotspot: { select: { name: true } },
  knifeRecovered: true,
} satisfies Prisma.OffenceSelect;
