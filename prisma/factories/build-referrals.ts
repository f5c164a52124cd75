import type { ReferralState } from "@/lib/generated/prisma/enums";
import { NPUS } from "@/lib/reference/npus";
import { PROVIDERS, type ProviderRef } from "@/lib/reference/providers";
import type { OffenceMeta } from "@/prisma/factories/build-offences";
import type { BuildContext } from "@/prisma/factories/context";
import { addMonths, dayNumber, isoAt, isoDay } from "@/prisma/factories/dates";
import type { Rng } from "@/prisma/factories/random";
import type { InvestigationRow, OffenceRow, ReferralEventRow, ReferralRow } from "@/prisma/factories/rows";

// Referrals of young victims and suspects to intervention providers, each with the dated history
// of its lifecycle: referred → contacted → engaged → completed, or declined / closed on the way.
// Follow-up falls due six months after completion.

const PROVIDER_WEIGHT: Record<string, number> = {
  "St Giles Trust": 35,
  Redthread: 15,
  "Phoenix United – Choices": 12,
  "Bringing Hope – Inside Out": 8,
  Catch22: 6,
  "Kitchen Table Talks": 10,
  "Op Paramount": 4,
  "Expect Respect": 10,
};

type Step = { to: ReferralState; after: [number, number]; note: string };

export type BuiltReferrals = { referrals: ReferralRow[]; events: ReferralEventRow[] };

export function buildReferrals(
  ctx: BuildContext,
  offences: OffenceRow[],
  meta: OffenceMeta[],
  investigations: InvestigationRow[],
): BuiltReferrals {
  const rng = ctx.rng.fork("referrals");
  const candidates: { offence: number; personId: number; age: number; female: boolean; victim: boolean }[] =
    [];
  meta.forEach((m, i) => {
    if (dayNumber(offences[i]!.recordedOn) >= ctx.todayDay - 2) return;
    for (const link of m.links) {
      if (link.ageAtTime == null || link.ageAtTime > 25 || link.role === "WITNESS") continue;
      const person =
        link.role === "VICTIM"
          ? m.victims.find((p) => p.id === link.personId)
          : m.suspects.find((p) => p.id === link.personId);
      candidates.push({
        offence: i,
        personId: link.personId,
        age: link.ageAtTime,
        female: person?.gender === "FEMALE",
        victim: link.role === "VICTIM",
      });
    }
  });

  const referrals: ReferralRow[] = [];
  const events: ReferralEventRow[] = [];
  for (let n = 0; n < ctx.scale.referrals && candidates.length > 0; n++) {
    const c = rng.pick(candidates);
    const offence = offences[c.offence]!;
    const npuName = NPUS[offence.npuId - 1]!.name;
    const eligible = PROVIDERS.map((p, i) => [i, p] as const).filter(([, p]) =>
      fits(p, c.age, c.female, npuName),
    );
    if (eligible.length === 0) continue;
    const providerIndex = rng.weighted(eligible.map(([i, p]) => [i, PROVIDER_WEIGHT[p.name] ?? 5] as const));
    const provider = PROVIDERS[providerIndex]!;
    const referrer = rng.chance(0.2)
      ? ctx.demo.analyst
      : (investigations[c.offence]!.oicId ?? ctx.demo.analyst);
    // St Giles' own caseworker records their updates; other providers report back to the referrer.
    const actor = provider.name === "St Giles Trust" ? ctx.demo.partner : referrer;
    const referred = Math.min(ctx.todayDay, dayNumber(offence.recordedOn) + rng.int(1, 21));
    const id = referrals.length + 1;

    const history = lifecycle(rng, referred, ctx.todayDay);
    const last = history[history.length - 1]!;
    const engaged = history.find((h) => h.to === "ENGAGED")?.day ?? null;
    const completed = history.find((h) => h.to === "COMPLETED")?.day ?? null;
    history.forEach((h, k) => {
      events.push({
        id: events.length + 1,
        referralId: id,
        fromState: k === 0 ? null : history[k - 1]!.to,
        toState: h.to,
        note: h.note,
        occurredOn: isoDay(h.day),
        actorId: k === 0 ? referrer : actor,
        createdAt: isoAt(h.day, 9 + k, rng.int(0, 59)),
      });
    });
    referrals.push({
      id,
      personId: c.personId,
      providerId: providerIndex + 1,
      pathway: pathwayFor(rng, provider, c.victim, offence.offenceCode),
      offenceId: offence.id,
      // Partners read this: no crime reference, no victim/suspect status, no offence detail.
      reason: `${c.victim ? "Young person harmed in a violent incident" : "Young person at risk of involvement in violence"}; ${rng.pick(REASONS)}.`,
      referringOfficerId: referrer,
      referredOn: isoDay(referred),
      state: last.to,
      stateChangedOn: isoDay(last.day),
      engagedOn: engaged != null ? isoDay(engaged) : null,
      completedOn: completed != null ? isoDay(completed) : null,
      followUpDueOn: completed != null ? addMonths(isoDay(completed), 6) : null,
      createdAt: isoAt(referred, 9, 0),
      updatedAt: isoAt(last.day, 9 + history.length - 1, 59),
    });
  }
  return { referrals, events };
}

const REASONS = [
  "at risk of retaliation",
  "associating with older peers linked to violence",
  "missing from home twice this year",
  "excluded from school",
  "disclosed carrying a knife for protection",
  "family asked for support",
];

/** Walks the lifecycle from the referral date, stopping at today. */
function lifecycle(
  rng: Rng,
  referred: number,
  today: number,
): { to: ReferralState; day: number; note: string }[] {
  const out = [{ to: "REFERRED" as ReferralState, day: referred, note: "Referral made." }];
  let day = referred;
  const step = (s: Step): boolean => {
    const next = day + rng.int(s.after[0], s.after[1]);
    if (next > today) return false;
    day = next;
    out.push({ to: s.to, day, note: s.note });
    return true;
  };
  if (rng.chance(0.08)) {
    step({ to: "DECLINED", after: [2, 10], note: "Young person declined the offer before first contact." });
    return out;
  }
  if (!step({ to: "CONTACTED", after: [2, 10], note: "First contact made by the caseworker." })) return out;
  const r = rng.next();
  if (r < 0.18) {
    step({ to: "DECLINED", after: [3, 15], note: "Young person declined to engage after contact." });
    return out;
  }
  if (r < 0.28) {
    step({ to: "CLOSED", after: [20, 45], note: "Closed: no response to repeated contact attempts." });
    return out;
  }
  if (!step({ to: "ENGAGED", after: [5, 20], note: "Engaged: support plan agreed." })) return out;
  if (rng.chance(0.25))
    step({ to: "CLOSED", after: [20, 120], note: "Closed: disengaged from the programme." });
  else step({ to: "COMPLETED", after: [60, 180], note: "Programme completed; six-month follow-up booked." });
  return out;
}

function fits(p: ProviderRef, age: number, female: boolean, npu: string): boolean {
  return (
    age >= p.ages.min && age <= p.ages.max && (!p.femaleOnly || female) && (!p.npus || p.npus.includes(npu))
  );
}

function pathwayFor(rng: Rng, p: ProviderRef, victim: boolean, code: string): string {
  if (p.name === "St Giles Trust") {
    if (victim && ["1", "2", "5D", "8N"].includes(code)) return "Hospital reachable moment";
    if (!victim) return rng.chance(0.7) ? "Custody reachable moment" : "Desist and Transform";
  }
  return rng.pick(p.pathways);
}
