import "server-only";
import type { ReferralState } from "@/lib/generated/prisma/enums";
import type { ActorAsOf } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateInUk } from "@/lib/dates/day";
import { displayName } from "@/lib/labels/person-name";
import { computeEffectiveness, MEASURE_LABELS, type Measure } from "@/lib/referrals/effectiveness";
import { loadEffectivenessInput } from "@/lib/referrals/server/load-effectiveness-input";
import { PAGE_SIZE, pageWindow, type Paged, type PageRequest } from "@/lib/pagination";

export type EffectivenessPerson = {
  referralId: number;
  /** null unless the actor may open person records (persons.read). */
  personId: number | null;
  name: string;
  state: ReferralState;
  referredOn: Date;
  completedOn: Date | null;
};

/** One figure of the effectiveness table: its provider and pathway row, and its measure. */
type EffectivenessCell = { provider: string; pathway: string; measure: Measure };

/**
 * The referrals (and persons) behind one figure of the effectiveness table: the same calculation,
 * filtered to the provider, pathway and measure, a page at a time, oldest referral first. Logs the
 * consultation, since it lists persons.
 */
export async function listEffectivenessPersons({
  actor,
  provider,
  pathway,
  measure,
  page = 1,
  pageSize = PAGE_SIZE,
  now = new Date(),
}: ActorAsOf & PageRequest & EffectivenessCell): Promise<Paged<EffectivenessPerson>> {
  await requirePermission(actor, "referrals.read");
  await requirePermission(actor, "figures.read");
  const { referrals, appearances } = await loadEffectivenessInput();
  const row = computeEffectiveness(referrals, appearances, dbDateInUk(now)).find(
    (r) => r.provider === provider && r.pathway === pathway,
  );
  const ids = row?.ids[measure] ?? [];
  await recordConsultation({
    actor,
    event: "referral.viewed",
    entity: { type: "referral-effectiveness", id: `${provider} / ${pathway}` },
    justification: `Listed the persons behind "${MEASURE_LABELS[measure]}" on the interventions effectiveness view`,
  });
  const window = pageWindow(page, ids.length, pageSize);
  const rows = await getPrisma().referral.findMany({
    where: { id: { in: ids } },
    orderBy: [{ referredOn: "asc" }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
    select: {
      id: true,
      state: true,
      referredOn: true,
      completedOn: true,
      person: { select: { id: true, surname: true, forenames: true } },
    },
  });
  const mayOpen = can(actor, "persons.read");
  const items = rows.map((r) => ({
    referralId: r.id,
    personId: mayOpen ? r.person.id : null,
    name: displayName(r.person),
    state: r.state,
    referredOn: r.referredOn,
    completedOn: r.completedOn,
  }));
  return { items, total: ids.length, page: window.page, pageSize, totalPages: window.totalPages };
}
