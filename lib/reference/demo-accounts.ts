import type { Role } from "@/lib/enums";

// The accounts the demo signs in with. Everything about them is synthetic; the one shared password
// is printed on the sign-in page when SHOW_DEMO_ACCOUNTS is on and must never reach a real system.

export const DEMO_PASSWORD = "Guardian-demo-2026";

export type DemoAccountKey =
  "chair" | "deputy" | "analyst" | "investigator" | "investigator2" | "partner" | "admin";

export type DemoAccount = {
  key: DemoAccountKey;
  email: string;
  name: string;
  jobTitle: string;
  role: Role;
  npu: string | null;
  provider: string | null;
  /** One line for the demo sign-in panel. */
  summary: string;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: "chair",
    email: "chair@captiva.example",
    name: "Det Supt Alex Testington",
    jobTitle: "Detective Superintendent (chair)",
    role: "CHAIR",
    npu: null,
    provider: null,
    summary: "Chairs the forum; sees everything including restricted intelligence.",
  },
  {
    key: "deputy",
    email: "deputy@captiva.example",
    name: "Supt Sam Fictionby",
    jobTitle: "SYV Superintendent (deputy chair)",
    role: "CHAIR",
    npu: null,
    provider: null,
    summary: "Deputy chair; same rights as the chair.",
  },
  {
    key: "analyst",
    email: "analyst@captiva.example",
    name: "Jordan Sampleford",
    jobTitle: "Knife Crime Analyst",
    role: "ANALYST",
    npu: null,
    provider: null,
    summary: "Prepares the agenda pack; edits offences, persons and intelligence.",
  },
  {
    key: "investigator",
    email: "investigator@captiva.example",
    name: "DC Casey Mockridge",
    jobTitle: "Detective Constable",
    role: "INVESTIGATOR",
    npu: "Birmingham East",
    provider: null,
    summary: "Officer in charge of cases in Birmingham East.",
  },
  {
    key: "investigator2",
    email: "investigator2@captiva.example",
    name: "DS Robin Placeholt",
    jobTitle: "Detective Sergeant",
    role: "INVESTIGATOR",
    npu: "Coventry",
    provider: null,
    summary: "Officer in charge of cases in Coventry.",
  },
  {
    key: "partner",
    email: "partner@captiva.example",
    name: "Morgan Exampleton",
    jobTitle: "Caseworker, St Giles Trust",
    role: "PARTNER",
    npu: null,
    provider: "St Giles Trust",
    summary: "Intervention caseworker; sees only St Giles Trust referrals.",
  },
  {
    key: "admin",
    email: "admin@captiva.example",
    name: "Taylor Dummett",
    jobTitle: "System administrator",
    role: "ADMIN",
    npu: null,
    provider: null,
    summary: "Manages users and reference data; no case data.",
  },
];

export function demoAccount(key: DemoAccountKey): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.key === key);
  if (!account) throw new Error(`no demo account ${key}`);
  return account;
}
