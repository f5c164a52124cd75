import "server-only";
import { type AuditDetail, type AuditEntity, type SignedInForAudit } from "@/lib/audit/events";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * A CSV export's DPA s.62 disclosure row: the reason and recipients the user gave (already checked
 * against exportJustificationSchema) and what the file holds (`detail`, after `format: "csv"`). It
 * commits in a short transaction of its own, before the first byte of the file is sent.
 */
export async function writeCsvDisclosure({
  actor,
  entity,
  given,
  detail,
}: {
  actor: SignedInForAudit;
  entity: AuditEntity;
  given: { reason: string; recipients: string };
  detail: AuditDetail;
}): Promise<void> {
  await getPrisma().$transaction((tx) =>
    writeAuditBy(tx, actor, {
      event: "export.downloaded",
      entity,
      justification: given.reason,
      recipients: given.recipients,
      detail: { format: "csv", ...detail },
    }),
  );
}
