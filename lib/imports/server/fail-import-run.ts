import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * Marks a run FAILED with one problem a user can act on (the error itself goes to the server log,
 * never to the page): a dry run or an import that threw.
 */
export async function failImportRun(runId: number, reason: string): Promise<void> {
  await getPrisma().importRun.update({
    where: { id: runId },
    data: {
      status: "FAILED",
      finishedAt: new Date(),
      errors: [{ file: "offences", line: 0, column: "", reason }],
    },
  });
}
