import type { ActionError, ActionResult, AlreadyDone } from "@/lib/actions/action-result";

// What the form does with an action's answer, as data, so the rule is tested without a browser
// (components/forms/form-outcome.test.ts) and every form follows the same one.

export type FormOutcome =
  /** Saved: go to the record (its banner takes focus). */
  | { kind: "go"; href: string }
  /** Saved: stay, show the saved banner beside the button and refresh the page's data. */
  | { kind: "stay" }
  /** A repeat of a create already made (double click, retry, second tab): say so, link to it. */
  | { kind: "already"; already: AlreadyDone }
  /** Refused or failed: errors on the form; a CONFLICT also refreshes, so saving again works. */
  | { kind: "error"; error: ActionError; refresh: boolean };

export function formOutcome<R>(result: ActionResult<R>, done?: string | ((data: R) => string)): FormOutcome {
  if (!result.ok) return { kind: "error", error: result.error, refresh: result.error.code === "CONFLICT" };
  if (result.alreadyDone) return { kind: "already", already: result.alreadyDone };
  if (done === undefined) return { kind: "stay" };
  return { kind: "go", href: typeof done === "string" ? done : done(result.data) };
}
