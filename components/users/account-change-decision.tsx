"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { decideAccountChangeAction } from "@/app/admin/approvals/actions";
import type { ActionError } from "@/lib/actions/action-result";

// Approve or refuse one pending account change. Plain forms posting to the server action, so they
// work before hydration; the action's revalidatePath re-renders the list without the decided row.

type State =
  { done: "approve" | "refuse"; error?: undefined } | { done?: undefined; error: ActionError } | null;

async function run(_previous: State, form: FormData): Promise<State> {
  const result = await decideAccountChangeAction(form);
  return result.ok ? { done: form.get("decision") as "approve" | "refuse" } : { error: result.error };
}

export function AccountChangeDecision({ id, summary }: { id: number; summary: string }) {
  const [state, action, pending] = useActionState(run, null);
  if (state?.done) {
    return (
      <p className="govuk-body" role="status" data-testid="decision-done">
        {state.done === "approve" ? "Approved" : "Refused"}.
      </p>
    );
  }
  return (
    <>
      {state?.error ? (
        <ErrorSummary errors={[{ fieldId: `approve-${id}`, message: state.error.message }]} />
      ) : null}
      <div className="govuk-button-group">
        {(["approve", "refuse"] as const).map((decision) => (
          <form action={action} method="post" key={decision}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="decision" value={decision} />
            <button
              type="submit"
              id={`${decision}-${id}`}
              className={`govuk-button${decision === "refuse" ? " govuk-button--warning" : ""}`}
              data-module="govuk-button"
              disabled={pending}
            >
              {decision === "approve" ? "Approve" : "Refuse"}
              <span className="govuk-visually-hidden"> {summary}</span>
            </button>
          </form>
        ))}
      </div>
    </>
  );
}
