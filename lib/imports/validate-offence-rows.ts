import { SUMMARY_MAX, offenceRuleProblems } from "@/lib/offences/offence-form-schema";
import type { ColumnIndex, ImportProblem, OffenceColumn } from "@/lib/imports/columns";
import type { CsvRecord } from "@/lib/imports/csv-reader";
import { cellsOf, crimeReference, day, decimal, EMAIL, text, whole, yesNo } from "@/lib/imports/import-cells";
import type { ImportReference, OffenceImportRow } from "@/lib/imports/import-rows";

// Row rules for the offences file. Pure: the reference data (NPUs, codes, hotspots, users) comes in
// from the database, so the rules are tested without one. The offence form's own cross-field rules
// (offenceRuleProblems) are applied as they are, never restated.

/** Checks offence rows one by one, remembering crime references to refuse a repeat in the file. */
export class OffenceRowChecker {
  private seen = new Map<string, number>();
  private npuByName: Map<string, number>;
  constructor(
    private readonly index: ColumnIndex,
    private readonly ref: ImportReference,
  ) {
    this.npuByName = new Map([...ref.npus].map(([name, id]) => [name.toLowerCase(), id]));
  }

  check(record: CsvRecord, problems: ImportProblem[]): OffenceImportRow | null {
    const before = problems.length;
    const cells = cellsOf("offences", record, this.index, problems);
    const reference = crimeReference(cells);
    if (reference) {
      const first = this.seen.get(reference);
      if (first !== undefined)
        cells.problem(
          "crime_reference",
          `Crime reference ${reference} is also on line ${first}: each offence must appear once`,
        );
      else this.seen.set(reference, record.line);
    }
    const recordedOn = day(cells, "recorded_date", "date the offence was recorded", true);
    const occurredOn = day(cells, "occurred_date", "date the offence occurred", true);
    const code = cells.get("ho_offence_code")?.toUpperCase() ?? "";
    if (!this.ref.offenceCodes.has(code))
      cells.problem(
        "ho_offence_code",
        code ? `“${code}” is not a Home Office offence code in scope` : "Enter the Home Office offence code",
      );
    const knifeUsed = yesNo(cells, "knife_used", true);
    const npu = cells.get("npu") ?? "";
    const npuId = this.npuByName.get(npu.toLowerCase());
    if (npuId === undefined)
      cells.problem(
        "npu",
        npu ? `“${npu}” is not a neighbourhood policing unit` : "Enter the neighbourhood policing unit",
      );
    const hotspotCode = cells.get("hotspot")?.toUpperCase();
    let hotspotId: number | null | undefined = hotspotCode === undefined ? undefined : null;
    if (hotspotCode) {
      const hotspot = this.ref.hotspots.get(hotspotCode);
      if (!hotspot || !hotspot.active)
        cells.problem("hotspot", `“${hotspotCode}” is not an active hotspot code`);
      else if (npuId !== undefined && hotspot.npuId !== npuId)
        cells.problem("hotspot", `Hotspot ${hotspotCode} is not in ${npu}`);
      else hotspotId = hotspot.id;
    }
    if (recordedOn && occurredOn && knifeUsed !== undefined) {
      const rules = offenceRuleProblems(
        // The file's coordinates are checked column by column below.
        {
          offenceCode: code,
          knifeUsed: knifeUsed ? "yes" : "no",
          occurredOn,
          recordedOn,
          npu,
          hotspot: "",
          latitude: null,
          longitude: null,
        },
        this.ref.today,
      );
      const columnOf = {
        knifeUsed: "knife_used",
        occurredOn: "occurred_date",
        recordedOn: "recorded_date",
      } as Record<string, OffenceColumn>;
      for (const p of rules) cells.problem(columnOf[p.field] ?? p.field, p.message);
    }
    const outcomeOn = day(cells, "outcome_date", "outcome date", false);
    if (outcomeOn && occurredOn && (outcomeOn < occurredOn || outcomeOn > this.ref.today)) {
      cells.problem(
        "outcome_date",
        "The outcome date must be on or after the date the offence occurred, and not in the future",
      );
    }
    const oic = cells.get("oic_email")?.toLowerCase();
    let oicId: number | null | undefined = oic === undefined ? undefined : null;
    if (oic) {
      if (!EMAIL.test(oic)) cells.problem("oic_email", `“${oic.slice(0, 60)}” is not an email address`);
      else if (!this.ref.users.has(oic))
        cells.problem("oic_email", `No active investigator has the email ${oic}`);
      else oicId = this.ref.users.get(oic)!;
    }
    const row: OffenceImportRow = {
      line: record.line,
      crimeReference: reference ?? "",
      recordedOn: recordedOn ?? "",
      occurredOn: occurredOn ?? "",
      offenceCode: code,
      knifeUsed: knifeUsed ?? false,
      npuId: npuId ?? 0,
      hotspotId,
      latitude: decimal(cells, "latitude", 90),
      longitude: decimal(cells, "longitude", 180),
      reportedVictimAge: whole(cells, "victim_age", 0, 120, "an age in years"),
      outcomeCode: whole(cells, "outcome_code", 0, 23, "a Home Office outcome code"),
      outcomeOn,
      knifeRecovered: yesNo(cells, "knife_recovered", false),
      domesticAbuse: yesNo(cells, "domestic_abuse", false),
      oicId,
      summary: text(cells, "summary", SUMMARY_MAX, "The summary"),
    };
    return problems.length === before ? row : null;
  }
}
