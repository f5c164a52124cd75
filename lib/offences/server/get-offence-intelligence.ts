import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import { openOffenceSection } from "@/lib/offences/server/open-offence-section";
import type { LinkedIntelligence } from "@/lib/intelligence/intel-dto";
import { listLinkedIntelligence } from "@/lib/intelligence/server/list-linked-intelligence";

export type { RestrictedIntelligence, VisibleIntelligence } from "@/lib/intelligence/intel-dto";

/**
 * Intelligence linked to an offence, newest first, under the one intelligence access rule
 * (lib/intelligence/server/intel-access.ts): C-coded text, grading and conditions never reach an
 * actor without intel.restricted.read, nor which C-coded item is about this offence. Logs the
 * consultation.
 */
export async function getOffenceIntelligence({
  actor,
  offenceId,
}: OffenceOptions): Promise<LinkedIntelligence> {
  await openOffenceSection({
    actor,
    offenceId,
    section: "intelligence",
    permissions: ["offences.read", "intel.read"],
  });
  return listLinkedIntelligence({ actor, to: { offenceId } });
}
