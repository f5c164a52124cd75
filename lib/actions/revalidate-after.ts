import "server-only";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";

/** A page to refresh after a change: its path, or `{ layout }` for that path and every page under it. */
export type StalePath = string | { layout: string };

/** Revalidates each page that shows a change (the request flow's step after the data function). */
export function revalidateStale(paths: readonly StalePath[]): void {
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path.layout, "layout");
  }
}

/**
 * A defineAction handler: runs the change (the data function), then revalidates the pages that
 * show it, named from the result and the input, and returns the result. One home for the
 * "data function → revalidatePath → return" step that every action wrote out. A data function that
 * takes `{ actor, input }` is passed as it is: the context defineAction gives holds only those two.
 *
 * Not for an `idempotent` action: TypeScript then infers the result as `unknown` for its `href`
 * (a generic call inside a generic call's argument), so those pass the data function as the
 * handler and name the pages in defineAction's `revalidate` option.
 */
export function revalidateAfter<I, T>(
  change: (context: { actor: Actor; input: I }) => Promise<T>,
  stale: (result: T, input: I) => readonly StalePath[],
): (context: { actor: Actor; input: I }) => Promise<T> {
  return async (context) => {
    const result = await change(context);
    revalidateStale(stale(result, context.input));
    return result;
  };
}
