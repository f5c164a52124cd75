import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { performanceYearOfDbDate } from "@/lib/dates/performance-year";
import type { OffenceFilterOptions } from "@/lib/offences/offence-list-dto";

/**
 * The choices of the list's filter panel that come from the database, in one statement (one
 * connection, one round trip: issue 15). Officers are not listed: the filter is a type-ahead
 * (find-officers.ts); only the selected officer's name is read, for its tag.
 */
export async function listOffenceFilterOptions({
  actor,
  oic,
}: {
  actor: Actor;
  oic?: number;
}): Promise<OffenceFilterOptions> {
  await requirePermission(actor, "offences.read");
  const [row] = await getPrisma().$queryRaw<
    [
      {
        npus: { id: number; name: string }[] | null;
        hotspots: { id: number; name: string; npu: string }[] | null;
        earliest: Date | null;
        officer: string | null;
      },
    ]
  >`SELECT
      (SELECT json_agg(json_build_object('id', n.id, 'name', n."name") ORDER BY n."name") FROM "Npu" n) AS npus,
      (SELECT json_agg(json_build_object('id', h.id, 'name', h."name", 'npu', n."name") ORDER BY n."name", h."name")
         FROM "Hotspot" h JOIN "Npu" n ON n.id = h."npuId" WHERE h."active") AS hotspots,
      (SELECT min(o."recordedOn") FROM "Offence" o) AS earliest,
      (SELECT u."name" FROM "User" u WHERE u.id = ${oic ?? 0}) AS officer`;
  const first = row.earliest;
  return {
    npus: row.npus ?? [],
    hotspots: row.hotspots ?? [],
    officer: oic && row.officer ? { id: oic, name: row.officer } : null,
    earliestYear: first ? performanceYearOfDbDate(first) : new Date().getUTCFullYear() - 1,
  };
}
