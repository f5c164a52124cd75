// How much synthetic data each scale builds. `demo` is what `npm start` loads; `tiny` keeps
// integration tests fast; `national` exists for performance benchmarks.

export const SCALE_NAMES = ["tiny", "demo", "force", "national"] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export type ScaleConfig = {
  name: ScaleName;
  /** Offences recorded a year across all in-scope codes. */
  offencesPerYear: number;
  /** Full performance years before the current one (the span runs from their 1 April to today). */
  fullYears: number;
  /** Further investigators beyond the demo accounts, spread evenly over the NPUs. */
  investigatorsPerNpu: number;
  intelligenceItems: number;
  referrals: number;
  groups: number;
};

export const SCALES: Record<ScaleName, ScaleConfig> = {
  tiny: {
    name: "tiny",
    offencesPerYear: 130,
    fullYears: 2,
    investigatorsPerNpu: 1,
    intelligenceItems: 60,
    referrals: 30,
    groups: 3,
  },
  demo: {
    name: "demo",
    offencesPerYear: 15_000,
    fullYears: 2,
    investigatorsPerNpu: 2,
    intelligenceItems: 3_000,
    referrals: 1_500,
    groups: 10,
  },
  force: {
    name: "force",
    offencesPerYear: 18_000,
    fullYears: 3,
    investigatorsPerNpu: 3,
    intelligenceItems: 4_500,
    referrals: 2_000,
    groups: 12,
  },
  national: {
    name: "national",
    offencesPerYear: 180_000,
    fullYears: 3,
    investigatorsPerNpu: 25,
    intelligenceItems: 45_000,
    referrals: 20_000,
    groups: 60,
  },
};

export function isScaleName(value: string): value is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(value);
}
