// What the pack screens tell a user when a change cannot be made; shared by data code and tests.

export const PACK_LOCKED_MESSAGE =
  "This pack is published and locked. To change it, choose “Start a new version”: the changes are published as the next version.";
export const PACK_EMPTY_MESSAGE =
  "The pack has no items. Generate the proposed items or add an item before publishing.";
export const ITEM_CONFLICT_MESSAGE =
  "Someone else changed this item while you were editing it. Its current details are shown; what you typed is kept below — check it and save again.";
export const MOVE_PAST_END_MESSAGE = {
  up: "This item is already first in its section, so it cannot move up.",
  down: "This item is already last in its section, so it cannot move down.",
} as const;
export const FIXED_ITEM_MESSAGE =
  "Tables and the threat summary stay in their own section. Move it within its section instead.";
export const THREAT_SECTION_MESSAGE =
  "The threat summary section holds only the threat summary. Choose another section.";
export const REMOVED_ITEM_MOVE_MESSAGE =
  "This item has been removed from the pack. Restore it before moving it.";
export const EMPTY_SELECTION_MESSAGE = "Select at least one item first.";
export const ALREADY_PROMOTED_MESSAGE = "This offence already has its own item in the pack";
export const NOT_IN_SESSION_MESSAGE = "The meeting is not in session: start it from the meeting view.";
export const MEETING_CHANGED_MESSAGE =
  "The meeting changed since this screen was loaded (it may have been closed or edited). Nothing was promoted: reload the item and try again.";
