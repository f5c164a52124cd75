// Intervention providers the forum refers young people to (seed paragraphs 60-77). Contact routes
// are deliberately fictional (example.org): the demo must never route a referral anywhere real.

export type ProviderRef = {
  name: string;
  type: string;
  pathways: string[];
  areaCovered: string;
  contactRoute: string;
  /** Ages the provider works with; the generator refers only people in range. */
  ages: { min: number; max: number };
  /** Girls-only services. */
  femaleOnly?: boolean;
  /** NPUs the provider takes referrals from; absent = force-wide. */
  npus?: string[];
};

const BIRMINGHAM = ["Birmingham East", "Birmingham North", "Birmingham South", "Birmingham West"];

export const PROVIDERS: readonly ProviderRef[] = [
  {
    name: "St Giles Trust",
    type: "Charity – lived-experience caseworkers",
    pathways: [
      "Hospital reachable moment",
      "Custody reachable moment",
      "Missing return",
      "Desist and Transform",
    ],
    areaCovered:
      "Force-wide (hospitals in Coventry, Wolverhampton and Dudley; custody blocks; Desist and Transform in Coventry)",
    contactRoute: "st-giles-referrals@example.org",
    ages: { min: 10, max: 25 },
  },
  {
    name: "Redthread",
    type: "Youth work in hospital emergency departments",
    pathways: ["Hospital youth work"],
    areaCovered: "Birmingham hospitals",
    contactRoute: "redthread-referrals@example.org",
    ages: { min: 11, max: 25 },
    npus: BIRMINGHAM,
  },
  {
    name: "Phoenix United – Choices",
    type: "Resettlement and mentoring",
    pathways: ["Choices resettlement"],
    areaCovered: "Birmingham, Sandwell and Walsall",
    contactRoute: "choices-referrals@example.org",
    ages: { min: 10, max: 18 },
    npus: [...BIRMINGHAM, "Sandwell", "Walsall"],
  },
  {
    name: "Bringing Hope – Inside Out",
    type: "Resettlement and mentoring",
    pathways: ["Inside Out resettlement"],
    areaCovered: "Birmingham",
    contactRoute: "inside-out-referrals@example.org",
    ages: { min: 16, max: 30 },
    npus: BIRMINGHAM,
  },
  {
    name: "Catch22",
    type: "Resettlement for prison leavers",
    pathways: ["Violence reduction resettlement"],
    areaCovered: "Wolverhampton",
    contactRoute: "catch22-referrals@example.org",
    ages: { min: 18, max: 30 },
    npus: ["Wolverhampton"],
  },
  {
    name: "Kitchen Table Talks",
    type: "Peer support for parents and carers",
    pathways: ["Parent and carer peer support"],
    areaCovered: "All seven local authority areas",
    contactRoute: "ktt-referrals@example.org",
    ages: { min: 10, max: 18 },
  },
  {
    name: "Op Paramount",
    type: "Support for children of prisoners",
    pathways: ["Children and families of prisoners"],
    areaCovered: "Birmingham East (Erdington and Sutton)",
    contactRoute: "paramount-referrals@example.org",
    ages: { min: 8, max: 17 },
    npus: ["Birmingham East"],
  },
  {
    name: "Expect Respect",
    type: "Community reachable moments for girls",
    pathways: ["Girls affected by exploitation"],
    areaCovered: "Wolverhampton and Coventry",
    contactRoute: "expect-respect-referrals@example.org",
    ages: { min: 11, max: 25 },
    npus: ["Wolverhampton", "Coventry"],
    femaleOnly: true,
  },
];
