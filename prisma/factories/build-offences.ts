import { HOTSPOTS, type HotspotRef } from "@/lib/reference/hotspots";
import { hotspotCircumradiusKm, hotspotInradiusKm, KM_PER_DEG } from "@/lib/geo/demo-areas";
import { NPUS } from "@/lib/reference/npus";
import type { BuildContext } from "@/prisma/factories/context";
import { addMonths, ageOn, isoAt, isoDay } from "@/prisma/factories/dates";
import {
  NPU_WEIGHTS,
  OFFENCE_PROFILES,
  hotspotChance,
  locationPhrase,
  offenceSummary,
  type OffenceProfile,
} from "@/prisma/factories/offence-profiles";
import { PersonPool, type Band } from "@/prisma/factories/person-pool";
import type { Rng } from "@/prisma/factories/random";
import type { OffencePersonRow, OffenceRow, PersonRow } from "@/prisma/factories/rows";

// Violence against the person (homicide, attempted murder, wounding, threats to kill): the codes the
// records system may flag as domestic abuse.
const DOMESTIC_ELIGIBLE = new Set(["1", "2", "3B", "5D", "8N"]);

// Offences with their victims, suspects and witnesses. Offences are planned first, then put in
// recorded order (so ids and crime references run chronologically), then given people.

export type OffenceMeta = {
  profile: OffenceProfile;
  victims: PersonRow[];
  suspects: PersonRow[];
  links: OffencePersonRow[];
};

export type BuiltOffences = {
  offences: OffenceRow[];
  meta: OffenceMeta[];
  persons: PersonRow[];
  offencePersons: OffencePersonRow[];
};

// Chance a victim or suspect slot is filled from the recurring pools rather than a new person.
const RECUR = { victim: { young: 0.25, adult: 0.08 }, suspect: { young: 0.45, adult: 0.25 } } as const;
// Recurring pool sizes per planned offence, so each recurring person is drawn ~3 times.
const POOL_PER_OFFENCE = { young: 0.142, adult: 0.035 } as const;

const U25_AGES: readonly (readonly [number, number])[] = [
  [10, 1],
  [11, 2],
  [12, 3],
  [13, 5],
  [14, 8],
  [15, 11],
  [16, 13],
  [17, 13],
  [18, 12],
  [19, 11],
  [20, 9],
  [21, 8],
  [22, 7],
  [23, 6],
  [24, 6],
];
const SUSPECT_YOUNG_AGES: readonly (readonly [number, number])[] = [
  [12, 1],
  [13, 3],
  [14, 6],
  [15, 10],
  [16, 13],
  [17, 13],
  [18, 12],
  [19, 10],
  [20, 8],
  [21, 7],
  [22, 6],
  [23, 5],
  [24, 5],
];

const VICTIM_COUNT = [
  [1, 85],
  [2, 12],
  [3, 3],
] as const;
const SUSPECT_COUNT = [
  [1, 65],
  [2, 22],
  [3, 13],
] as const;

type Plan = { profile: OffenceProfile; occurred: number; recorded: number; npu: number };

export function buildOffences(ctx: BuildContext): BuiltOffences {
  const rng = ctx.rng.fork("offences");
  const plans = planOffences(ctx, rng);
  const spanYears = (ctx.todayDay - ctx.startDay) / 365.25;
  const pool = new PersonPool(rng.fork("persons"));
  pool.buildPools(
    { young: plans.length * POOL_PER_OFFENCE.young, adult: plans.length * POOL_PER_OFFENCE.adult },
    NPU_WEIGHTS,
    ctx.startDay,
    spanYears,
  );
  const hotspotsByNpu = NPUS.map((n) =>
    HOTSPOTS.map((h, i) => ({ ...h, id: i + 1 })).filter((h) => h.npu === n.name),
  );

  const offences: OffenceRow[] = [];
  const meta: OffenceMeta[] = [];
  const links: OffencePersonRow[] = [];
  const firstSeen = new Map<number, string>();
  const refSeq = new Map<string, number>();

  for (const plan of plans) {
    const id = offences.length + 1;
    const { profile } = plan;
    const occurredOn = isoDay(plan.occurred);
    const recordedOn = isoDay(plan.recorded);
    const createdAt = isoAt(plan.recorded, rng.int(7, 21), rng.int(0, 59));
    const used = new Set<number>();
    const offenceLinks: OffencePersonRow[] = [];
    const link = (person: PersonRow, role: OffencePersonRow["role"]) => {
      used.add(person.id);
      if (!firstSeen.has(person.id)) firstSeen.set(person.id, createdAt);
      const row: OffencePersonRow = {
        id: links.length + 1,
        offenceId: id,
        personId: person.id,
        role,
        ageAtTime: person.dateOfBirth ? ageOn(person.dateOfBirth, occurredOn) : null,
        createdAt,
      };
      links.push(row);
      offenceLinks.push(row);
    };
    const fresh = (band: Band, pick: () => PersonRow) => {
      for (let tries = 0; tries < 4; tries++) {
        const p = pick();
        if (!used.has(p.id)) return p;
      }
      return null;
    };

    // Victims: the youngest victim's band decides whether the offence is U25.
    const victims: PersonRow[] = [];
    let reportedVictimAge: number | null = null;
    let youngestVictimAge: number | null = null;
    if (profile.u25Rate > 0) {
      const band: Band = rng.chance(profile.u25Rate) ? "young" : "adult";
      const count = rng.weighted(VICTIM_COUNT);
      if (rng.chance(0.08)) {
        reportedVictimAge = sampleAge(rng, band);
        youngestVictimAge = reportedVictimAge;
      } else {
        for (let v = 0; v < count; v++) {
          const recurring = rng.chance(RECUR.victim[band])
            ? fresh(band, () => pool.recurring(plan.npu, band))
            : null;
          const person =
            recurring ??
            pool.withAge(
              plan.npu + 1,
              sampleAge(rng, band),
              plan.occurred,
              rng.chance(0.75) ? "MALE" : "FEMALE",
              band === "young" ? 0.15 : 0.04,
            );
          victims.push(person);
          link(person, "VICTIM");
        }
        const ages = offenceLinks.map((l) => l.ageAtTime).filter((a): a is number => a != null);
        youngestVictimAge = ages.length ? Math.min(...ages) : null;
      }
    }

    // Suspects: possession always has one (the person found with the blade).
    const suspects: PersonRow[] = [];
    if (rng.chance(profile.suspectRate)) {
      const count = profile.code === "10D" ? 1 : rng.weighted(SUSPECT_COUNT);
      for (let s = 0; s < count; s++) {
        const band: Band = rng.chance(0.65) ? "young" : "adult";
        const recurring = rng.chance(RECUR.suspect[band])
          ? fresh(band, () => pool.recurring(plan.npu, band))
          : null;
        const person = recurring ?? newSuspect(rng, pool, plan, band);
        suspects.push(person);
        link(person, "SUSPECT");
      }
    }
    if (profile.code !== "10D" && rng.chance(0.1)) {
      link(
        pool.withAge(plan.npu + 1, rng.int(18, 70), plan.occurred, rng.chance(0.5) ? "MALE" : "FEMALE", 0.02),
        "WITNESS",
      );
    }

    const knifeUsed = rng.chance(profile.knifeRate * knifeTrend(ctx, plan.recorded));
    const hotspot = rng.chance(hotspotChance(profile)) ? pickHotspot(rng, hotspotsByNpu[plan.npu]!) : null;
    // Issue 17: points agree with the demo geofences (lib/geo/demo-areas), so placing offences by
    // their point gives the same hotspots: drawn inside the hotspot's polygon, or clear of them all.
    // Deterministic adjustments, so the random stream (and every later value) is unchanged.
    const point = hotspot
      ? insideHotspot(hotspot, scatter(rng, hotspot.latitude, hotspot.longitude, hotspot.radiusMetres / 1000))
      : clearOfHotspots(
          scatter(
            rng,
            NPUS[plan.npu]!.centre.latitude,
            NPUS[plan.npu]!.centre.longitude,
            Math.sqrt(NPUS[plan.npu]!.areaKm2 / Math.PI),
          ),
        );
    const place = locationPhrase(rng);
    const year = recordedOn.slice(0, 4);
    const seq = (refSeq.get(year) ?? 0) + 1;
    refSeq.set(year, seq);

    offences.push({
      id,
      crimeReference: `CG-SYN-${year}-${String(seq).padStart(6, "0")}`,
      offenceCode: profile.code,
      knifeUsed,
      occurredOn,
      recordedOn,
      npuId: plan.npu + 1,
      hotspotId: hotspot?.id ?? null,
      locationText: `${capitalise(place)}, ${NPUS[plan.npu]!.name}${hotspot ? ` (hotspot ${hotspot.code})` : ""}`,
      latitude: point.latitude,
      longitude: point.longitude,
      summary: offenceSummary(
        rng,
        { code: profile.code, knife: knifeUsed, victimAge: youngestVictimAge, suspects: suspects.length },
        place,
      ),
      knifeRecovered: knifeUsed ? rng.chance(0.25) : profile.code === "10D" ? rng.chance(0.85) : false,
      // About one violent offence in eight is flagged as domestic abuse. Taken from the id, not the
      // random stream, so adding the flag left every other generated value as it was.
      domesticAbuse: DOMESTIC_ELIGIBLE.has(profile.code) && id % 8 === 3,
      harmScore: Math.max(1, Math.round(profile.harm * rng.float(0.8, 1.2) * (knifeUsed ? 1.25 : 1))),
      youngestVictimAge,
      reportedVictimAge,
      source: "SEED",
      reviewOn: addMonths(recordedOn, profile.harm >= 80 ? 120 : 72),
      createdAt,
      updatedAt: createdAt,
    });
    meta.push({ profile, victims, suspects, links: offenceLinks });
  }

  pool.finalise(firstSeen, isoAt(ctx.startDay, 9));
  return { offences, meta, persons: pool.persons, offencePersons: links };
}

function planOffences(ctx: BuildContext, rng: Rng): Plan[] {
  const days = ctx.todayDay - ctx.startDay + 1;
  const total = Math.round((ctx.scale.offencesPerYear * days) / 365.25);
  const weights = OFFENCE_PROFILES.map((p) => [p, p.perYear] as const);
  const npus = NPU_WEIGHTS.map((w, i) => [i, w] as const);
  const plans: Plan[] = [];
  for (let i = 0; i < total; i++) {
    const profile = rng.weighted(weights);
    let occurred = 0;
    // Summer peaks and a gentle rise year on year (the seed's chart), by rejection sampling.
    do occurred = rng.int(ctx.startDay, ctx.todayDay);
    while (!rng.chance(seasonal(occurred) * volumeTrend(ctx, occurred)));
    // Most offences are recorded the day they happen; a few are reported days or weeks later.
    const r = rng.next();
    const delay = r < 0.7 ? 0 : r < 0.95 ? rng.int(1, 3) : rng.int(4, 30);
    plans.push({
      profile,
      occurred,
      recorded: Math.min(ctx.todayDay, occurred + delay),
      npu: rng.weighted(npus),
    });
  }
  return plans.sort((a, b) => a.recorded - b.recorded || a.occurred - b.occurred);
}

const seasonal = (day: number) => (1 + 0.12 * Math.sin((2 * Math.PI * (day - 100)) / 365.25)) / 1.12;
const volumeTrend = (ctx: BuildContext, day: number) =>
  0.94 + (0.06 * (day - ctx.startDay)) / Math.max(1, ctx.todayDay - ctx.startDay);
/** Knife use drifts down by ~4% a year (the seed reports knife-enabled reductions). */
const knifeTrend = (ctx: BuildContext, day: number) => 1.05 - (0.04 * (day - ctx.startDay)) / 365.25;

function sampleAge(rng: Rng, band: Band): number {
  return band === "young" ? rng.weighted(U25_AGES) : Math.min(85, 25 + Math.floor(rng.exponential(13)));
}

function newSuspect(rng: Rng, pool: PersonPool, plan: Plan, band: Band): PersonRow {
  const gender = rng.chance(0.88) ? "MALE" : "FEMALE";
  if (rng.chance(0.05)) return pool.create(plan.npu + 1, null, gender);
  const age = band === "young" ? rng.weighted(SUSPECT_YOUNG_AGES) : rng.int(25, 45);
  return pool.withAge(plan.npu + 1, age, plan.occurred, gender, band === "young" ? 0.12 : 0.03);
}

function pickHotspot<T>(rng: Rng, list: T[]): T | null {
  return list.length ? rng.pick(list) : null;
}

function scatter(rng: Rng, latitude: number, longitude: number, radiusKm: number) {
  const r = radiusKm * Math.sqrt(rng.next());
  const t = rng.float(0, 2 * Math.PI);
  return {
    latitude: Math.round((latitude + (r * Math.cos(t)) / 111) * 1e6) / 1e6,
    longitude: Math.round((longitude + (r * Math.sin(t)) / 68) * 1e6) / 1e6,
  };
}

type Point = { latitude: number; longitude: number };
const r6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Pulls a point drawn in the hotspot's circle into its 24-sided geofence (inside the inradius). */
function insideHotspot(h: HotspotRef, p: Point): Point {
  const k = (0.98 * hotspotInradiusKm(h)) / (h.radiusMetres / 1000);
  return {
    latitude: r6(h.latitude + (p.latitude - h.latitude) * k),
    longitude: r6(h.longitude + (p.longitude - h.longitude) * k),
  };
}

/** Moves a point that fell in a hotspot it was not drawn for to just outside it, on the same bearing. */
function clearOfHotspots(p: Point): Point {
  let point = p;
  for (const h of HOTSPOTS) {
    const dy = (point.latitude - h.latitude) * KM_PER_DEG.lat;
    const dx = (point.longitude - h.longitude) * KM_PER_DEG.lon;
    const d = Math.hypot(dx, dy);
    const clear = hotspotCircumradiusKm(h) * 1.05;
    if (d >= clear) continue;
    const scale = d === 0 ? 0 : clear / d;
    point = {
      latitude: r6(h.latitude + (d === 0 ? clear : dy * scale) / KM_PER_DEG.lat),
      longitude: r6(h.longitude + (dx * scale) / KM_PER_DEG.lon),
    };
  }
  return point;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
