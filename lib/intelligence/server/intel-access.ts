import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatGrading } from "@/lib/intelligence/rules";
import type { IntelligenceEntry, VisibleIntelligence } from "@/lib/intelligence/intel-dto";

export type {
  IntelligenceEntry,
  RestrictedIntelligence,
  VisibleIntelligence,
} from "@/lib/intelligence/intel-dto";

// THE access rule for intelligence (docs/domain.md; issue 5). Every list, record, count, search, export,
// agenda pack and action result that touches IntelligenceItem uses this, so the rule lives in one
// place:
// - CHAIR, ANALYST (intel.read + intel.restricted.read): every item, in full.
// - INVESTIGATOR (intel.read only): P-coded items in full; a C-coded item only as a marker (that it
//   exists, when it was received, who submitted it, so whom to ask) — never its reference, text,
//   grading, conditions, location or links, and never matched by a search or filter over those.
// - PARTNER, ADMIN (no intel.read): nothing, not even that an item exists.
// Withdrawn items are left out for everyone.

/**
 * The columns redact() needs; select them with `intelligenceAccess(actor).select`: the item as a
 * reader sees it, before its grading is formatted, with the submitter's row.
 */
export type IntelligenceRowForAccess = Omit<VisibleIntelligence, "restricted" | "grading" | "submittedBy"> & {
  submittedBy: { name: string };
};

export type IntelligenceAccess = {
  /** intel.read: the actor may know intelligence exists at all. */
  mayRead: boolean;
  /** intel.restricted.read: the actor may read C-coded items in full. */
  mayReadRestricted: boolean;
  /** Items the actor may know exist (markers included). AND it into every list and count. */
  exists: Prisma.IntelligenceItemWhereInput;
  /**
   * Items whose content the actor may read. AND it into every condition on content (text search,
   * grading filters, links), so a restricted item is never found by what it says.
   */
  readable: Prisma.IntelligenceItemWhereInput;
  /** The Prisma select for redact(). */
  select: typeof SELECT;
  /** The DTO the actor may receive for a row (content removed for a restricted marker). */
  redact: (row: IntelligenceRowForAccess) => IntelligenceEntry;
};

// Matches no row: for roles that may not know intelligence exists (ids start at 1).
const NOTHING: Prisma.IntelligenceItemWhereInput = { id: { lt: 0 } };
const LIVE: Prisma.IntelligenceItemWhereInput = { withdrawnAt: null };
const SELECT = {
  id: true,
  reference: true,
  receivedOn: true,
  sourceEvaluation: true,
  assessment: true,
  handlingCode: true,
  handlingConditions: true,
  text: true,
  locationText: true,
  submittedBy: { select: { name: true } },
} as const satisfies Prisma.IntelligenceItemSelect;

/**
 * The access rule for intelligence, for this actor: the where-fragments to scope every query and
 * the redaction for every DTO. Pure (no database); data functions still call requirePermission.
 */
export function intelligenceAccess(actor: Pick<Actor, "role">): IntelligenceAccess {
  const mayRead = can(actor.role, "intel.read");
  const mayReadRestricted = mayRead && can(actor.role, "intel.restricted.read");
  const exists = mayRead ? LIVE : NOTHING;
  const readable = !mayRead ? NOTHING : mayReadRestricted ? LIVE : { ...LIVE, handlingCode: "P" as const };
  return {
    mayRead,
    mayReadRestricted,
    exists,
    readable,
    select: SELECT,
    redact: (row) => {
      if (row.handlingCode === "C" && !mayReadRestricted) {
        return {
          restricted: true,
          id: row.id,
          receivedOn: row.receivedOn,
          submittedBy: row.submittedBy.name,
        };
      }
      return {
        restricted: false,
        id: row.id,
        reference: row.reference,
        receivedOn: row.receivedOn,
        grading: formatGrading(row),
        sourceEvaluation: row.sourceEvaluation,
        assessment: row.assessment,
        handlingCode: row.handlingCode,
        handlingConditions: row.handlingConditions,
        text: row.text,
        locationText: row.locationText,
        submittedBy: row.submittedBy.name,
      };
    },
  };
}
