import "server-only";
import type { OffenceListRow } from "@/lib/offences/offence-list-dto";

type Selected = {
  id: number;
  crimeReference: string;
  recordedOn: Date;
  offenceCode: string;
  offenceType: { description: string };
  npu: { name: string };
  hotspot: { name: string } | null;
  knifeUsed: boolean;
  knifeRecovered: boolean;
  youngestVictimAge: number | null;
  investigation: {
    status: OffenceListRow["status"];
    outcomeCode: number | null;
    nextReviewOn: Date | null;
    flaggedForScrutiny: boolean;
    oic: { name: string } | null;
  } | null;
};

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** The list's DTO: the fields the list shows, nothing else (no summary, victim ages or places). */
export function toOffenceListRow(row: Selected): OffenceListRow {
  return {
    id: row.id,
    crimeReference: row.crimeReference,
    recordedOn: day(row.recordedOn)!,
    offenceCode: row.offenceCode,
    offenceDescription: row.offenceType.description,
    npu: row.npu.name,
    hotspot: row.hotspot?.name ?? null,
    knifeUsed: row.knifeUsed,
    knifeRecovered: row.knifeRecovered,
    under25: row.youngestVictimAge === null ? null : row.youngestVictimAge < 25,
    status: row.investigation?.status ?? null,
    outcomeCode: row.investigation?.outcomeCode ?? null,
    oic: row.investigation?.oic?.name ?? null,
    nextReviewOn: day(row.investigation?.nextReviewOn),
    flaggedForScrutiny: row.investigation?.flaggedForScrutiny ?? false,
  };
}
