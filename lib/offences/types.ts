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
  /** The hotspot its point lies in (issue 17); null when outside every hotspot or unplaced. */
  hotspotName: string | null;
  /** It has a point (latitude and longitude); without one it is unplaced. */
  located: boolean;
  /** The hotspot code the records system (or the form) gave, when it disagrees with the point. */
  recordedHotspotCode: string | null;
  knifeUsed: boolean;
  domesticAbuse: boolean;
  /** The youngest victim was under 25 on the day (docs/domain.md); null when no victim age is known. */
  underTwentyFive: boolean | null;
  investigationStatus: InvestigationStatus | null;
};
