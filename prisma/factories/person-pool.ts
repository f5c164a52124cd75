import type { Gender } from "@/lib/generated/prisma/enums";
import { addMonths, isoDay, type IsoDate } from "@/prisma/factories/dates";
import { syntheticForenames, syntheticSurname } from "@/prisma/factories/names";
import type { Rng } from "@/prisma/factories/random";
import type { PersonRow } from "@/prisma/factories/rows";

// Everyone the synthetic offences involve. Most people appear once; a pool of "recurring" people
// per NPU is drawn on again and again, which gives repeat victims, repeat suspects and
// victims who later appear as suspects (about 8% of all persons).

const YEAR_DAYS = 365.2425;

export type Band = "young" | "adult";

export class PersonPool {
  readonly persons: PersonRow[] = [];
  private readonly pools: Record<Band, PersonRow[][]> = { young: [], adult: [] };

  constructor(private readonly rng: Rng) {}

  /**
   * Builds the recurring pools. Young people are 12 to (24 − span) at the start so they stay
   * under 25 for the whole span; adults are 26-50.
   */
  buildPools(
    sizes: Record<Band, number>,
    npuWeights: readonly number[],
    startDay: number,
    spanYears: number,
  ): void {
    const youngMax = Math.max(13, Math.floor(23 - spanYears));
    for (const band of ["young", "adult"] as const) {
      this.pools[band] = npuWeights.map((weight, npu) => {
        const count = Math.max(2, Math.round(sizes[band] * weight));
        return Array.from({ length: count }, () => {
          const age = band === "young" ? this.rng.int(12, youngMax) : this.rng.int(26, 50);
          const gender: Gender = this.rng.chance(0.85) ? "MALE" : "FEMALE";
          return this.withAge(npu + 1, age, startDay, gender, band === "young" ? 0.2 : 0.05);
        });
      });
    }
  }

  recurring(npuIndex: number, band: Band): PersonRow {
    return this.rng.pick(this.pools[band][npuIndex]!);
  }

  /** A new person aged `age` on `onDay`. */
  withAge(
    npuId: number | null,
    age: number,
    onDay: number,
    gender: Gender,
    vulnerableRate = 0.05,
  ): PersonRow {
    const dobDay = onDay - Math.floor((age + this.rng.next()) * YEAR_DAYS);
    return this.create(npuId, isoDay(dobDay), gender, vulnerableRate);
  }

  create(
    npuId: number | null,
    dateOfBirth: IsoDate | null,
    gender: Gender,
    vulnerableRate = 0.05,
  ): PersonRow {
    const id = this.persons.length + 1;
    const person: PersonRow = {
      id,
      rmsRef: this.rng.chance(0.9) ? `SYN-N${String(id).padStart(8, "0")}` : null,
      surname: syntheticSurname(this.rng),
      forenames: syntheticForenames(this.rng, gender),
      dateOfBirth,
      gender,
      npuId,
      vulnerable: this.rng.chance(vulnerableRate),
      source: "SEED",
      reviewOn: null,
      createdAt: "",
      updatedAt: "",
    };
    this.persons.push(person);
    return person;
  }

  /** createdAt = the first offence a person appears in (or the span start); MoPI review 6 years on. */
  finalise(firstSeen: Map<number, string>, fallback: string): void {
    for (const p of this.persons) {
      const at = firstSeen.get(p.id) ?? fallback;
      p.createdAt = at;
      p.updatedAt = at;
      p.reviewOn = addMonths(at.slice(0, 10), 72);
    }
  }
}
