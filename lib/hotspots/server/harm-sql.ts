import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The harm weight of offence row `o`: the weight of its code in force on the day it occurred (the
 * latest HarmWeight row from on or before that day), 0 for a code the table does not list.
 */
export const HARM_WEIGHT_SQL = Prisma.sql`coalesce((SELECT w.weight FROM "HarmWeight" w
  WHERE w."offenceCode" = o."offenceCode" AND w."effectiveFrom" <= o."occurredOn"
  ORDER BY w."effectiveFrom" DESC LIMIT 1), 0)`;
