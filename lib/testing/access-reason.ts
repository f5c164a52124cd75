import type { Actor } from "@/lib/auth/actor";
import { saveAccessReason } from "@/lib/auth/server/save-access-reason";

/**
 * Gives the reason a person's record asks for first ("Safeguarding or risk assessment"), as the
 * reason page would, so a test can open the record, the network or a form about the person.
 */
export function giveReasonForPerson(actor: Actor, personId: number) {
  return saveAccessReason({
    actor,
    input: {
      contextType: "person",
      contextId: personId,
      reason: "Safeguarding or risk assessment",
      details: "",
    },
  });
}
