import type { AgendaItemKind } from "@/lib/enums";
import { SECTIONS } from "@/lib/meetings/rules";

// THE numbering of an agenda pack's items. The pack screen, print view and PDF (through
// build-agenda-pack.ts), the run view and the minutes all number items with this one function, so
// "2.3" means the same item everywhere: sections in the forum's order, then position, then id.

/** The table items live in the section of the records they list. */
const TABLE_SECTION: Partial<Record<AgendaItemKind, AgendaItemKind>> = {
  OFFENCE_TABLE: "NEW_OFFENCE",
  ACTION_REVIEW: "OPEN_ACTION",
  REFERRAL_TABLE: "REFERRAL_UPDATE",
  SCRUTINY_TABLE: "SCRUTINY",
};

/** The section (one of SECTIONS' kinds) an item of this kind is listed under. */
export function sectionOf(kind: AgendaItemKind): AgendaItemKind {
  return TABLE_SECTION[kind] ?? kind;
}

/** Table items and the threat summary are the section's fixed furniture: they cannot change section. */
export function isFixedItem(kind: AgendaItemKind): boolean {
  return kind in TABLE_SECTION || kind === "THREAT_SUMMARY";
}

/** 1-based section number in the forum's order. */
export function sectionNumberOf(kind: AgendaItemKind): number {
  return SECTIONS.findIndex((s) => s.kind === sectionOf(kind)) + 1;
}

export type NumberableItem = {
  id: number;
  kind: AgendaItemKind;
  position: number;
  removedAt?: Date | string | null;
};

/** The pack's order: section, then position, then id (ties are never expected, but must not flicker). */
export function compareAgendaItems(a: NumberableItem, b: NumberableItem): number {
  return sectionNumberOf(a.kind) - sectionNumberOf(b.kind) || a.position - b.position || a.id - b.id;
}

export type NumberedItem<T> = T & {
  /** "2.3": the section's number and the item's place in it. */
  number: string;
  /** The section (one of SECTIONS' kinds) the item is listed under. */
  section: AgendaItemKind;
  sectionNumber: number;
  sectionTitle: string;
};

/**
 * The items still in the pack (removed ones dropped), in pack order, each with its number
 * ("section.place", e.g. "2.3") and the section it is listed under.
 */
export function numberAgendaItems<T extends NumberableItem>(items: readonly T[]): NumberedItem<T>[] {
  const live = items.filter((i) => i.removedAt == null).sort(compareAgendaItems);
  const places = new Map<AgendaItemKind, number>();
  return live.map((item) => {
    const section = sectionOf(item.kind);
    const place = (places.get(section) ?? 0) + 1;
    places.set(section, place);
    const sectionNumber = sectionNumberOf(item.kind);
    const sectionTitle = SECTIONS[sectionNumber - 1]?.title ?? "Other items";
    return { ...item, section, sectionNumber, sectionTitle, number: `${sectionNumber}.${place}` };
  });
}
