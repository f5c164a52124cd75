import type { AgendaItemKind } from "@/lib/enums";
import { SECTIONS, sectionNumber } from "@/lib/meetings/rules";

// THE numbering of agenda items: the pack's screen, print view and PDF, the chair's run view and the
// minutes all call this, so item 5.1 in the pack is item 5.1 in the minutes. Sections are taken in
// the forum's order (SECTIONS); within a section by position (ties by id, the order items were
// added). Removed items have no number.

export type NumberableItem = { id: number; kind: AgendaItemKind; position: number; removedAt?: Date | string | null };

export type NumberedItem<T> = T & {
  /** "2.3": the section's number and the item's place in it. */
  number: string;
  sectionNumber: number;
  sectionTitle: string;
};

export function numberAgendaItems<T extends NumberableItem>(items: readonly T[]): NumberedItem<T>[] {
  // A kind the forum's list does not know (none today) goes last rather than first.
  const sectionOf = (kind: AgendaItemKind) => sectionNumber(kind) || SECTIONS.length + 1;
  const live = items.filter((i) => i.removedAt == null);
  const ordered = [...live].sort((a, b) => sectionOf(a.kind) - sectionOf(b.kind) || a.position - b.position || a.id - b.id);
  const counts = new Map<number, number>();
  return ordered.map((item) => {
    const section = sectionOf(item.kind);
    const place = (counts.get(section) ?? 0) + 1;
    counts.set(section, place);
    const title = SECTIONS[section - 1]?.title ?? "Other items";
    return { ...item, number: `${section}.${place}`, sectionNumber: section, sectionTitle: title };
  });
}
