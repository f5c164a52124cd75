// What the pack screens tell a user when a change cannot be made; shared by data code and tests.

export const PACK_LOCKED_MESSAGE =
  "This pack is published and locked. To change it, choose “Start a new version”: the changes are published as the next version.";
export const PACK_EMPTY_MESSAGE = "The pack has no items. Generate the proposed items or add an item before publishing.";
export const ITEM_CONFLICT_MESSAGE =
  "Someone else changed this item while you were editing it. Its current details are shown; what you typed is kept below — check it and save again.";
