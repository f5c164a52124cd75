import { expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import {
  describeImport,
  IMPORT_HEADER,
  importCsv,
  importRow,
  runImport,
} from "@/lib/testing/import-fixtures";

// The RMS extract's optional columns: an outcome finalises the investigation (and its withdrawal
// reopens it); the domestic-abuse flag is taken only from a file that has the column.

describeImport("importing the RMS extract's optional columns", () => {
  it("finalises an investigation when the RMS records its outcome, and reopens it when the RMS withdraws it", async () => {
    const investigationOf = (ref: string) =>
      getPrisma().investigation.findFirstOrThrow({ where: { offence: { crimeReference: ref } } });
    await runImport(
      importCsv(importRow("OUT-1", { outcome: "1", outcomeOn: "2026-10-05" }), importRow("OUT-2")),
      null,
      "all",
    );
    expect(await investigationOf("OUT-1")).toMatchObject({ status: "FINALISED", outcomeCode: 1 });
    const open = await investigationOf("OUT-2");
    expect(open.status).toBe("OPEN");

    // The officer in charge moved it on in the app; the RMS then records a community resolution.
    await getPrisma().investigation.update({ where: { id: open.id }, data: { status: "PENDING_SUSPECT" } });
    const finalised = await runImport(
      importCsv(
        importRow("OUT-1", { outcome: "1", outcomeOn: "2026-10-05" }),
        importRow("OUT-2", { outcome: "8", outcomeOn: "2026-10-06" }),
      ),
      null,
      "all",
    );
    expect(finalised.dry.offences).toEqual({ new: 0, changed: 1, unchanged: 1, invalid: 0 });
    expect(await investigationOf("OUT-2")).toMatchObject({
      status: "FINALISED",
      outcomeCode: 8,
      version: open.version + 1,
    });
    const alteration = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "investigation.updated", entityId: String(open.id) },
      orderBy: { id: "desc" },
    });
    expect(alteration).toMatchObject({ category: "ALTERATION", source: "import" });
    expect((alteration.changes as { fields: Record<string, unknown> }).fields).toMatchObject({
      status: { from: "PENDING_SUSPECT", to: "FINALISED" },
      outcomeCode: { from: null, to: 8 },
    });

    // Withdrawn in the RMS: open again. An unfinished case without an outcome keeps its app status.
    await runImport(
      importCsv(importRow("OUT-1", { outcome: "1", outcomeOn: "2026-10-05" }), importRow("OUT-2")),
      null,
      "all",
    );
    expect(await investigationOf("OUT-2")).toMatchObject({
      status: "OPEN",
      outcomeCode: null,
      outcomeOn: null,
    });
  });

  it("takes the domestic-abuse flag when the file has the column, and leaves it alone when not", async () => {
    const withFlag = `${IMPORT_HEADER},domestic_abuse\r\n${importRow("DA-1")},Y\r\n${importRow("DA-2")},\r\n`;
    await runImport(withFlag, null, "all");
    const flagged = () =>
      getPrisma().offence.findMany({
        where: { crimeReference: { startsWith: "DA-" } },
        orderBy: { crimeReference: "asc" },
        select: { domesticAbuse: true },
      });
    expect((await flagged()).map((o) => o.domesticAbuse)).toEqual([true, false]);
    const again = await runImport(importCsv(importRow("DA-1"), importRow("DA-2")), null, "all"); // no domestic_abuse column
    expect(again.dry.offences).toMatchObject({ changed: 0, unchanged: 2 });
    expect((await flagged()).map((o) => o.domesticAbuse)).toEqual([true, false]);
  });
});
