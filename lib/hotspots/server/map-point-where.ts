import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { CATEGORY_SQL, SYV_SQL } from "@/lib/figures/server/figure-sql";
import type { Actor } from "@/lib/auth/actor";
import type { MapFilters } from "@/lib/hotspots/map-filters";

/** Which offences a map draws, beyond its form's filters (issue 17). */
export type MapScope = {
  /** Serious youth violence only (a scrutiny category, victim under 25): the figures' definition. */
  syv?: boolean;
  /** Only offences placed in this hotspot (its page's map). */
  hotspotId?: number;
};

/** What a map's data functions are asked: who, the form's filters, and the page's scope. */
export type MapPointQuery = { actor: Actor; filters: MapFilters; scope?: MapScope };

/** The WHERE of a map's offences over `"Offence" o`: recorded in the period, then the filters. */
export function mapPointWhere(filters: MapFilters, scope: MapScope = {}): Prisma.Sql {
  const where: Prisma.Sql[] = [
    Prisma.sql`o."recordedOn" >= ${filters.from}::date AND o."recordedOn" <= ${filters.to}::date`,
  ];
  if (filters.knife !== "any") where.push(Prisma.sql`o."knifeUsed" = ${filters.knife === "yes"}`);
  if (filters.u25 === "yes") where.push(Prisma.sql`o."youngestVictimAge" < 25`);
  if (filters.u25 === "no")
    where.push(Prisma.sql`(o."youngestVictimAge" IS NULL OR o."youngestVictimAge" >= 25)`);
  if (filters.category) where.push(Prisma.sql`(${CATEGORY_SQL}) = ${filters.category}`);
  if (scope.syv) where.push(SYV_SQL);
  if (scope.hotspotId !== undefined) where.push(Prisma.sql`o."hotspotId" = ${scope.hotspotId}`);
  return Prisma.join(where, " AND ");
}
