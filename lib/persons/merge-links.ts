import type { MergeField } from "@/lib/persons/schemas";

// What PersonMerge.movedLinks and fieldChoices hold: exactly which rows a merge changed, so that
// undo-person-merge reverses that merge and nothing else. "retired" rows were duplicates of a link
// the survivor already had (same offence and role, same intelligence item): they are marked
// removed instead of moved, and undo restores them.

export type MovedLinks = {
  offencePersons: { moved: number[]; retired: number[] };
  intelligence: { moved: number[]; retired: number[] };
  groupMemberships: number[];
  referrals: number[];
  actionItems: number[];
  decisions: number[];
  agendaItems: number[];
};

export type SurvivorFields = {
  surname: string;
  forenames: string;
  dateOfBirth: string | null;
  gender: string;
  npuId: number | null;
  vulnerable: boolean;
};

export type FieldChoices = { choices: Record<MergeField, "a" | "b">; survivorBefore: SurvivorFields };

export function countMovedLinks(links: MovedLinks): number {
  return (
    links.offencePersons.moved.length +
    links.offencePersons.retired.length +
    links.intelligence.moved.length +
    links.intelligence.retired.length +
    links.groupMemberships.length +
    links.referrals.length +
    links.actionItems.length +
    links.decisions.length +
    links.agendaItems.length
  );
}
