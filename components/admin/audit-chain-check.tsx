"use client";

import { useActionState } from "react";
import { checkAuditChainAction } from "@/app/admin/actions";
import type { ActionError } from "@/lib/actions/action-result";
import type { AuditChainStatus } from "@/lib/audit/audit-views";
import { AuditChainResult } from "@/components/admin/audit-chain-result";

// "Check the audit chain": the full verification on request, for logs too long to check on every
// visit to the admin home. A form posting to a server action, so it works before hydration.

type State = { status: AuditChainStatus } | { error: ActionError } | null;

async function check(_previous: State): Promise<State> {
  const result = await checkAuditChainAction({});
  return result.ok ? { status: result.data } : { error: result.error };
}

export function AuditChainCheck() {
  const [state, action, pending] = useActionState(check, null);
  return (
    <div aria-live="polite">
      {state && "status" in state ? <AuditChainResult status={state.status} /> : null}
      {state && "error" in state ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {state.error.message}
        </p>
      ) : null}
      <form action={action}>
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={pending}
          data-testid="check-audit-chain"
        >
          {pending ? "Checking the audit chain…" : "Check the audit chain"}
        </button>
      </form>
    </div>
  );
}
