import type { Rng } from "@/prisma/factories/random";

// Obviously synthetic names: ordinary forenames with surnames built from made-up parts
// ("Testington", "Mockridge"), so no generated person can be mistaken for a real one.

const SURNAME_STARTS = [
  "Test",
  "Sample",
  "Mock",
  "Fiction",
  "Dumm",
  "Place",
  "Example",
  "Synth",
  "Proto",
  "Demo",
  "Quill",
  "Vorn",
  "Brack",
  "Zell",
  "Trom",
  "Pell",
  "Grint",
  "Hask",
  "Lom",
  "Norb",
  "Fabri",
  "Stubb",
  "Fixt",
  "Mimm",
  "Pseud",
  "Invent",
  "Draft",
  "Trial",
  "Faux",
  "Nomin",
];
const SURNAME_ENDS = [
  "ington",
  "ley",
  "worth",
  "by",
  "ford",
  "ridge",
  "stone",
  "well",
  "holt",
  "combe",
  "dale",
  "son",
  "ham",
  "ton",
  "field",
  "more",
  "wick",
  "thorpe",
  "bury",
  "shaw",
];

const MALE = [
  "Aaron",
  "Adam",
  "Ali",
  "Amir",
  "Ben",
  "Caleb",
  "Callum",
  "Connor",
  "Daniel",
  "David",
  "Dylan",
  "Elijah",
  "Ethan",
  "Finley",
  "Harvey",
  "Ibrahim",
  "Isaac",
  "Jacob",
  "Jake",
  "Jamal",
  "Jayden",
  "Joel",
  "Kai",
  "Kieran",
  "Leon",
  "Liam",
  "Lewis",
  "Marcus",
  "Mason",
  "Mohammed",
  "Nathan",
  "Omar",
  "Reece",
  "Riley",
  "Ryan",
  "Tyler",
  "Yusuf",
  "Zain",
];
const FEMALE = [
  "Aisha",
  "Amelia",
  "Amira",
  "Bethany",
  "Chloe",
  "Demi",
  "Eden",
  "Ella",
  "Emily",
  "Fatima",
  "Grace",
  "Hannah",
  "Imani",
  "Jade",
  "Jasmine",
  "Kayla",
  "Keira",
  "Layla",
  "Leah",
  "Maya",
  "Megan",
  "Mia",
  "Nadia",
  "Niamh",
  "Olivia",
  "Priya",
  "Ruby",
  "Sara",
  "Shanice",
  "Tia",
  "Zara",
];
const NEUTRAL = ["Alex", "Casey", "Charlie", "Jordan", "Morgan", "Riley", "Robin", "Sam", "Taylor", "Jamie"];

export function syntheticSurname(rng: Rng): string {
  return rng.pick(SURNAME_STARTS) + rng.pick(SURNAME_ENDS);
}

export function syntheticForenames(rng: Rng, gender: "MALE" | "FEMALE" | "OTHER" | "UNKNOWN"): string {
  const list = gender === "MALE" ? MALE : gender === "FEMALE" ? FEMALE : NEUTRAL;
  const first = rng.pick(list);
  return rng.chance(0.25) ? `${first} ${rng.pick(list)}` : first;
}

export function syntheticOfficerName(rng: Rng): string {
  return `${rng.pick(NEUTRAL.concat(MALE.slice(0, 12), FEMALE.slice(0, 12)))} ${syntheticSurname(rng)}`;
}

/** Invented group names (none is a real gang's or organised crime group's). */
export const GROUP_NAMES = [
  ["Vexmoor Network", "ORGANISED_CRIME_GROUP"],
  ["Kallivane Syndicate", "ORGANISED_CRIME_GROUP"],
  ["Quillmarsh Firm", "ORGANISED_CRIME_GROUP"],
  ["Brimvale Crew", "STREET_GANG"],
  ["Zentor Set", "STREET_GANG"],
  ["Marrowick Youngers", "STREET_GANG"],
  ["Talvix Gang", "STREET_GANG"],
  ["Skelbourne Row", "STREET_GANG"],
  ["Orrinvale Squad", "STREET_GANG"],
  ["Plenwick Boys", "STREET_GANG"],
] as const;

const GROUP_PARTS_A = [
  "Drav",
  "Kel",
  "Mor",
  "Vask",
  "Tren",
  "Holl",
  "Zar",
  "Quen",
  "Lurr",
  "Fenn",
  "Grav",
  "Oss",
];
const GROUP_PARTS_B = ["moor", "vale", "wick", "stead", "gate", "mere", "holt", "brook"];
const GROUP_PARTS_C = ["Crew", "Set", "Firm", "Network", "Squad", "Youngers"];

/** A further invented group name for scales that need more than the fixed ten. */
export function extraGroupName(rng: Rng, index: number): string {
  return `${rng.pick(GROUP_PARTS_A)}${rng.pick(GROUP_PARTS_B)} ${rng.pick(GROUP_PARTS_C)} ${index}`;
}
