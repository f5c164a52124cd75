import type { ScrutinyCategoryCode } from "@/lib/reference/scrutiny-categories";

// Home Office offence codes in scope (docs/domain.md). Knife-enabled crime is a flag on the offence,
// not a code; possession of a bladed article (10D) is recorded but can never carry the flag.

export type OffenceCodeRef = {
  code: string;
  description: string;
  scrutinyCategoryCode: ScrutinyCategoryCode | null;
  knifeEnabledEligible: boolean;
  sortOrder: number;
};

export const OFFENCE_CODES: readonly OffenceCodeRef[] = [
  {
    code: "1",
    description: "Homicide",
    scrutinyCategoryCode: "HOMICIDE",
    knifeEnabledEligible: true,
    sortOrder: 1,
  },
  {
    code: "2",
    description: "Attempted murder",
    scrutinyCategoryCode: "ATTEMPT_MURDER",
    knifeEnabledEligible: true,
    sortOrder: 2,
  },
  {
    code: "3B",
    description: "Threats to kill",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 3,
  },
  {
    code: "5D",
    description: "Assault with intent to cause serious harm",
    scrutinyCategoryCode: "VWI",
    knifeEnabledEligible: true,
    sortOrder: 4,
  },
  {
    code: "8N",
    description: "Assault with injury",
    scrutinyCategoryCode: "VWI",
    knifeEnabledEligible: true,
    sortOrder: 5,
  },
  {
    code: "34A",
    description: "Robbery of business property",
    scrutinyCategoryCode: "ROBBERY",
    knifeEnabledEligible: true,
    sortOrder: 6,
  },
  {
    code: "34B",
    description: "Robbery of personal property",
    scrutinyCategoryCode: "ROBBERY",
    knifeEnabledEligible: true,
    sortOrder: 7,
  },
  {
    code: "19C",
    description: "Rape of a female aged 16 and over",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 8,
  },
  {
    code: "19D",
    description: "Rape of a female child under 16",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 9,
  },
  {
    code: "19E",
    description: "Rape of a female child under 13",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 10,
  },
  {
    code: "19F",
    description: "Rape of a male aged 16 and over",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 11,
  },
  {
    code: "19G",
    description: "Rape of a male child under 16",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 12,
  },
  {
    code: "19H",
    description: "Rape of a male child under 13",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 13,
  },
  {
    code: "17A",
    description: "Sexual assault on a male aged 13 and over",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 14,
  },
  {
    code: "17B",
    description: "Sexual assault on a male child under 13",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 15,
  },
  {
    code: "20A",
    description: "Sexual assault on a female aged 13 and over",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 16,
  },
  {
    code: "20B",
    description: "Sexual assault on a female child under 13",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: true,
    sortOrder: 17,
  },
  {
    code: "10D",
    description: "Possession of an article with a blade or point",
    scrutinyCategoryCode: null,
    knifeEnabledEligible: false,
    sortOrder: 18,
  },
];

const byCode = new Map(OFFENCE_CODES.map((o) => [o.code, o]));

export function offenceCodeRef(code: string): OffenceCodeRef | undefined {
  return byCode.get(code);
}

export function offenceCodesInCategory(category: ScrutinyCategoryCode): string[] {
  return OFFENCE_CODES.filter((o) => o.scrutinyCategoryCode === category).map((o) => o.code);
}
