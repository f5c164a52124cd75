import "server-only";
import {
  importRunEntity,
  requireImportRun,
  type ImportRunOptions,
} from "@/lib/imports/server/import-run-access";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { pageWindow, type Paged } from "@/lib/pagination";
import { displayName } from "@/lib/labels/person-name";
import { findPersonMatches } from "@/lib/persons/server/find-person-matches";
import type { ImportedPerson } from "@/lib/imports/types";

export const DUPLICATES_PAGE_SIZE = 20;

/**
 * The persons an import created (matched on no known RMS nominal id), a page at a time, each with
 * the records the find-before-create rules would have offered had an analyst typed the person in:
 * the page links each pair to the merge screen. Matches are worked out for the page on screen
 * only, so a 50,000-person import costs no more to look at than a small one. The listing is a
 * consultation of those records (s.62): one audit row per page, naming every person shown.
 */
export async function listImportDuplicates({
  actor,
  runId,
  page,
}: ImportRunOptions & { page: number }): Promise<Paged<ImportedPerson>> {
  await requireImportRun(actor, runId);
  await requirePermission(actor, "persons.read");
  const prisma = getPrisma();
  const where = { importRunId: runId, mergedIntoId: null };
  const total = await prisma.person.count({ where });
  const window = pageWindow(page, total, DUPLICATES_PAGE_SIZE);
  const persons = await prisma.person.findMany({
    where,
    orderBy: { id: "asc" },
    skip: window.skip,
    take: window.take,
    select: { id: true, surname: true, forenames: true, dateOfBirth: true },
  });
  const items: ImportedPerson[] = [];
  for (const p of persons) {
    const dateOfBirth = p.dateOfBirth ? p.dateOfBirth.toISOString().slice(0, 10) : null;
    const matches = await findPersonMatches({
      actor,
      input: { surname: p.surname, forenames: p.forenames, dateOfBirth },
    });
    items.push({
      id: p.id,
      name: displayName(p),
      dateOfBirth: p.dateOfBirth,
      matches: matches.filter((m) => m.id !== p.id),
    });
  }
  if (items.length > 0) {
    await writeAuditBy(prisma, actor, {
      event: "import.duplicates-viewed",
      entity: importRunEntity(runId),
      justification: "Checked the persons the import created for duplicates of recorded persons",
      detail: { persons: items.map((i) => i.id), matches: items.flatMap((i) => i.matches.map((m) => m.id)) },
    });
  }
  return { items, total, page: window.page, pageSize: DUPLICATES_PAGE_SIZE, totalPages: window.totalPages };
}
