import type { InvestigationStatus } from "@/lib/enums";

// DTO types the data functions return: client components may import them (this file imports nothing
// server-side); the data functions live in server/.

export type RecentKnifeOffence = {
  id: number;
  crimeReference: string;
  offenceDescription: string;
  recordedOn: Date;
  npuName: string;
  youngestVictimAge: number | null;
};

export type KnifeOffencesSinceLastMeeting = {
  /** The last closed meeting; null when none has closed yet (then nothing is listed). */
  lastMeeting: { id: number; title: string; heldAt: Date } | null;
  /** Offences are counted from this date (the last meeting's day), by recorded date. */
  since: Date | null;
  total: number;
  items: RecentKnifeOffence[];
};

export type OffenceSummary = {
  id: number;
  crimeReference: string;
  offenceCode: string;
  offenceDescription: string;
  occurredOn: Date;
  recordedOn: Date;
  npuName: string;
  hotspotName: string | null;
  knifeUsed: boolean;
  domesticAbuse: boolean;
  /** The youngest victim was under 25 on the day (docs/domain.md); null when no victim age is known. */
  underTwentyFive: boolean | null;
  investigationStatus: InvestigationStatus | null;
};
