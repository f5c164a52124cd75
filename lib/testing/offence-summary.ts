import type { OffenceSummary } from "@/lib/offences/types";

/** An offence record's header as the data function returns it: synthetic, knife used, victim under 25. */
export function offenceSummary(overrides: Partial<OffenceSummary> = {}): OffenceSummary {
  return {
    id: 7,
    crimeReference: "20TEST/000123/26",
    offenceCode: "8N",
    offenceDescription: "Assault with injury",
    occurredOn: new Date("2026-10-20"),
    recordedOn: new Date("2026-10-21"),
    npuName: "Birmingham East",
    hotspotName: null,
    located: false,
    recordedHotspotCode: null,
    knifeUsed: true,
    domesticAbuse: false,
    underTwentyFive: true,
    investigationStatus: "OPEN",
    ...overrides,
  };
}
