import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The one definition of an offence's harm (issue 17): the weight of its Home Office code in force
// on the day it occurred (the latest HarmWeight row from on or before that day), 0 for a code the
// table does not list. A join rather than a subquery per offence: each weight row carries the day
// the next one for its code starts, so the offences match by a hash on the code (3.5× faster on
// the demo year's 6,143 SYV offences: 15 ms against 54 ms).

/** Each weight with the day it stops applying (the next row's date for the code; NULL: still in force). */
const WEIGHT_SPANS = Prisma.sql`(SELECT "offenceCode", weight, "effectiveFrom",
  lead("effectiveFrom") OVER (PARTITION BY "offenceCode" ORDER BY "effectiveFrom") AS "until" FROM "HarmWeight")`;

/** Joined onto `"Offence" o`: at most one weight row `hw` per offence ((code, date) is unique). */
export const HARM_WEIGHT_JOIN = Prisma.sql`LEFT JOIN ${WEIGHT_SPANS} hw ON hw."offenceCode" = o."offenceCode"
  AND hw."effectiveFrom" <= o."occurredOn" AND (hw."until" IS NULL OR o."occurredOn" < hw."until")`;

/** The harm of offence row `o`, with HARM_WEIGHT_JOIN in its FROM. */
export const HARM_WEIGHT_SQL = Prisma.sql`coalesce(hw.weight, 0)`;
