import type { Rng } from "@/prisma/factories/random";

// How each in-scope offence code behaves in the synthetic data. Volumes follow the shape of the
// seed report's tables (paragraph 8): U25 robbery and violence with injury dominate; knives are
// used in about a third of robberies and ~5% of VWI; ~60 U25 attempted murders and a handful of
// U25 homicides a year. Harm scores are a compressed crime-harm scale (1-100).

export type OffenceProfile = {
  code: string;
  /** Offences a year at the demo scale (~15,000 in all). */
  perYear: number;
  harm: number;
  knifeRate: number;
  /** Share with an under-25 youngest victim (0 = no victim, e.g. possession). */
  u25Rate: number;
  suspectRate: number;
  /** Share of finalised cases ending in a positive outcome. */
  positiveShare: number;
  /** Mean days from recording to a final outcome. */
  daysToOutcome: number;
};

export const OFFENCE_PROFILES: readonly OffenceProfile[] = [
  {
    code: "8N",
    perYear: 7200,
    harm: 10,
    knifeRate: 0.03,
    u25Rate: 0.68,
    suspectRate: 0.7,
    positiveShare: 0.11,
    daysToOutcome: 70,
  },
  {
    code: "5D",
    perYear: 1200,
    harm: 45,
    knifeRate: 0.18,
    u25Rate: 0.66,
    suspectRate: 0.6,
    positiveShare: 0.15,
    daysToOutcome: 150,
  },
  {
    code: "34B",
    perYear: 3400,
    harm: 18,
    knifeRate: 0.36,
    u25Rate: 0.75,
    suspectRate: 0.35,
    positiveShare: 0.08,
    daysToOutcome: 60,
  },
  {
    code: "34A",
    perYear: 550,
    harm: 22,
    knifeRate: 0.3,
    u25Rate: 0.35,
    suspectRate: 0.4,
    positiveShare: 0.11,
    daysToOutcome: 60,
  },
  {
    code: "3B",
    perYear: 900,
    harm: 12,
    knifeRate: 0.2,
    u25Rate: 0.55,
    suspectRate: 0.8,
    positiveShare: 0.12,
    daysToOutcome: 90,
  },
  {
    code: "10D",
    perYear: 1600,
    harm: 4,
    knifeRate: 0,
    u25Rate: 0,
    suspectRate: 1,
    positiveShare: 0.35,
    daysToOutcome: 60,
  },
  {
    code: "2",
    perYear: 100,
    harm: 85,
    knifeRate: 0.35,
    u25Rate: 0.6,
    suspectRate: 0.8,
    positiveShare: 0.45,
    daysToOutcome: 240,
  },
  {
    code: "1",
    perYear: 10,
    harm: 100,
    knifeRate: 0.65,
    u25Rate: 0.6,
    suspectRate: 0.9,
    positiveShare: 0.7,
    daysToOutcome: 300,
  },
];

/**
 * Chance an offence falls in a hotspot. Solved so the 57 hotspots hold ~19% of offences but a
 * slightly smaller ~18.4% of harm (the most harmful codes are a little less concentrated).
 */
export function hotspotChance(profile: OffenceProfile): number {
  return profile.harm >= 40 ? 0.162 : 0.1927;
}

/** Share of offences by NPU (position in lib/reference NPUS). */
export const NPU_WEIGHTS: readonly number[] = [0.13, 0.09, 0.1, 0.12, 0.11, 0.08, 0.11, 0.05, 0.1, 0.11];

const PLACES = [
  "at a bus stop",
  "in a park",
  "outside a takeaway",
  "on a residential street",
  "in a shopping centre",
  "at a transport interchange",
  "near a school",
  "in a car park",
  "on a canal towpath",
  "outside licensed premises",
  "on a tram platform",
  "in a block of flats",
  "near a youth club",
  "on a retail park",
];
const ITEMS = [
  "a mobile phone",
  "a bicycle",
  "a jacket",
  "cash",
  "headphones",
  "a watch",
  "trainers",
  "a moped",
];
const INJURIES = [
  "bruising and a cut lip",
  "a broken nose",
  "cuts to the hands",
  "a head injury",
  "facial injuries",
  "a fractured wrist",
];
const WOUNDS = ["the leg", "the arm", "the back", "the abdomen", "the chest", "the shoulder"];
const FINDS = [
  "stop and search",
  "a Targeted Guardian Patrol",
  "a search warrant",
  "a weapons sweep",
  "a school referral",
];
const BLADES = [
  "a kitchen knife",
  "a lock knife",
  "a machete",
  "a zombie-style knife",
  "a folding knife",
  "a screwdriver",
];

export type SummaryFacts = { code: string; knife: boolean; victimAge: number | null; suspects: number };

export function locationPhrase(rng: Rng): string {
  return rng.pick(PLACES);
}

/** A one-line synthetic summary, written the way an RMS précis reads. */
export function offenceSummary(rng: Rng, f: SummaryFacts, place: string): string {
  const victim = f.victimAge != null ? `Victim (${f.victimAge})` : "Victim";
  const who = f.suspects > 1 ? `${f.suspects} suspects` : "a suspect";
  switch (f.code) {
    case "34B":
      return `${victim} approached ${place} by ${who}${f.knife ? ` who produced ${rng.pick(BLADES)}` : ""} and made to hand over ${rng.pick(ITEMS)}.`;
    case "34A":
      return `Staff ${place} threatened${f.knife ? ` with ${rng.pick(BLADES)}` : ""}; cash and stock taken by ${who}.`;
    case "8N":
      return f.knife
        ? `${victim} assaulted ${place} with ${rng.pick(BLADES)}; cuts to ${rng.pick(WOUNDS)}.`
        : `${victim} assaulted ${place}; ${rng.pick(INJURIES)}.`;
    case "5D":
      return f.knife
        ? `${victim} stabbed ${place}; wound to ${rng.pick(WOUNDS)}, taken to hospital.`
        : `${victim} seriously assaulted ${place} by ${who}; admitted to hospital.`;
    case "2":
      return `${victim} ${f.knife ? "stabbed" : "attacked"} ${place}; life-threatening injuries, surgery required.`;
    case "1":
      return `${victim} fatally injured ${place}${f.knife ? " by stab wounds" : ""}. Major investigation team informed.`;
    case "3B":
      return `${victim} threatened with death ${place}${f.knife ? ` while ${rng.pick(BLADES)} was brandished` : " by message and in person"}.`;
    case "10D":
      return `Suspect found in possession of ${rng.pick(BLADES)} ${place} during ${rng.pick(FINDS)}.`;
    default:
      return `Offence ${place}.`;
  }
}
