import "server-only";
import { AppError } from "@/lib/errors";
import type { SavedViewKind } from "@/lib/enums";
import { SAVED_VIEW_LISTS } from "@/lib/saved-views/kinds";

/** The refusal of a second view with the same name on one list, on the name field. */
export function nameTaken(name: string, kind: SavedViewKind): AppError {
  const list = SAVED_VIEW_LISTS[kind].label.toLowerCase();
  return new AppError("VALIDATION", {
    fieldErrors: {
      name: [`You already have a view called “${name.trim()}” on the ${list} list. Choose another name`],
    },
  });
}
