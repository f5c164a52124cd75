import type { SavedViewKind } from "@/lib/enums";

/** A saved view as a page or component sees it. Client-safe. */
export type SavedViewDto = {
  id: number;
  kind: SavedViewKind;
  name: string;
  /** The list's URL with the view's filters, normalised again as it was read. */
  href: string;
  /** True when the viewer owns it (may rename and delete); false for a view shared with them. */
  own: boolean;
  /** Shared with the forum's analysts. */
  shared: boolean;
  /** The owner's name when the view is someone else's (shared with the viewer). */
  sharedBy: string | null;
  version: number;
};
