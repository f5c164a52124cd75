import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { getSignedIn } from "@/lib/auth/server/get-actor";
import { getRequestAddress } from "@/lib/auth/server/get-request-address";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeStandaloneAudit } from "@/lib/audit/server/write-standalone-audit";
import {
  actionErrorFrom,
  fieldErrorsFromZod,
  formDataToObject,
  type ActionResult,
} from "@/lib/actions/action-result";
import { badInputErrors, outOfRangeNumberErrors } from "@/lib/actions/bad-bytes";
import { idempotencyKey, runOnce } from "@/lib/actions/server/idempotency";
import type { FieldErrors } from "@/lib/errors";

/** A page to refresh after a change: its path, or `{ layout }` for that path and every page under it. */
type StalePath = string | { layout: string };

type ActionConfig<S extends z.ZodType, T> = {
  /** For logs and audit rows, e.g. "offences.update". */
  name: string;
  /** The permission the action needs; "signed-in" only for the actor's own session (sign out). */
  permission: Permission | "signed-in";
  /** Parses the input; give every string a max length (the field limits are the schema's). */
  input: S;
  /** Runs with the parsed input: calls a data function (often it is one) and returns DTOs only. */
  handler: (context: { actor: Actor; input: z.output<S> }) => Promise<T>;
  /**
   * For creates: the same submission (same actor, action and parsed input) within the window
   * runs once; repeats get the first result and `alreadyDone` with where the record is
   * (lib/actions/server/idempotency.ts says why this design). `href` builds that link from the result.
   * Write it after `handler`, so TypeScript infers the result type from the handler first.
   */
  idempotent?: { href: (data: NoInfer<T>, input: z.output<S>) => string };
  /**
   * The pages the change makes stale, named from the result and the input; revalidated after the
   * handler (not on a repeated create's replay, which changes nothing). The one place an action
   * names them, so a handler can be the data function itself and never calls revalidatePath.
   */
  revalidate?: (data: NoInfer<T>, input: z.output<S>) => readonly StalePath[];
};

/**
 * Every server action is made with this, so none can forget a step:
 * actor (UNAUTHENTICATED, audited) → permission (FORBIDDEN, audited) → zod parse (VALIDATION;
 * audited, since the form validated with the same schema and only a bypass reaches here) →
 * handler → revalidate → `{ ok: true, data }`, or `{ ok: false, error }` with the code's message.
 * Unknown errors are logged with a reference and answered with the generic message.
 * redirect()/notFound() thrown by the handler pass through.
 *
 * In a `'use server'` file: `export const updateOffenceAction = defineAction({ … })`.
 */
export function defineAction<S extends z.ZodType, T>(config: ActionConfig<S, T>) {
  return async function action(raw: z.input<S> | FormData): Promise<ActionResult<T>> {
    let actor: Actor | null = null;
    try {
      // The user and the must-change-password flag come from one statement (get-actor).
      const session = await getSignedIn();
      actor = session?.actor ?? null;
      if (!session || !actor) {
        await writeStandaloneAudit({
          event: "access.refused",
          actor: anonymousActor(await getRequestAddress()),
          detail: { action: config.name, reason: "unauthenticated" },
        });
        throw new AppError("UNAUTHENTICATED");
      }
      // Issue 13.14: until an administrator-set password is replaced, only the actor's own session
      // actions ("signed-in": sign out, change the password) run.
      if (config.permission !== "signed-in" && session.mustChangePassword) {
        await writeStandaloneAudit({
          event: "access.refused",
          actor: auditActorOf(actor),
          detail: { action: config.name, reason: "password-change-required" },
        });
        throw new AppError("FORBIDDEN", { message: "Change your temporary password first." });
      }
      if (config.permission !== "signed-in") {
        await requirePermission(actor, config.permission, { detail: { action: config.name } });
      }

      const input = raw instanceof FormData ? formDataToObject(raw) : raw;
      // Bytes the database cannot store and ids beyond the Int range are refused here, for every
      // action, before the schema sees them (they used to surface as 500s from the database).
      const badBytes = badInputErrors(input);
      if (badBytes) await refuseInput(actor, config.name, badBytes, "bad-bytes");
      const parsed = config.input.safeParse(input);
      if (!parsed.success) {
        await refuseInput(
          actor,
          config.name,
          fieldErrorsFromZod(parsed.error),
          "invalid-input",
          parsed.error.issues,
        );
      }
      const data = parsed.data as z.output<S>;
      const outOfRange = outOfRangeNumberErrors(data);
      if (outOfRange) await refuseInput(actor, config.name, outOfRange, "out-of-range");

      const signedIn = actor;
      const run = async () => {
        const result = await config.handler({ actor: signedIn, input: data });
        if (config.revalidate) revalidateStale(config.revalidate(result, data));
        return result;
      };
      if (!config.idempotent) return { ok: true, data: await run() };
      const key = idempotencyKey(signedIn.id, config.name, data);
      const once = await runOnce(key, config.name, signedIn.id, run);
      if (!once.replayed) return { ok: true, data: once.result };
      const href = config.idempotent.href(once.result, data);
      return {
        ok: true,
        data: once.result,
        alreadyDone: { href, message: "This was already saved, so it was not saved again." },
      };
    } catch (error) {
      unstable_rethrow(error);
      const reference = randomUUID().slice(0, 8);
      const { error: actionError, unexpected } = actionErrorFrom(error, reference);
      if (unexpected) {
        console.error(`[action ${config.name}] ref ${reference} actor ${actor?.id ?? "-"}:`, error);
      }
      return { ok: false, error: actionError };
    }
  };
}

/** Audits a refused input (only a bypass of the form's own checks gets here) and throws VALIDATION. */
async function refuseInput(
  actor: Actor,
  action: string,
  fieldErrors: FieldErrors,
  reason: string,
  issues: readonly { path: readonly PropertyKey[]; code: string }[] = [],
): Promise<never> {
  await writeStandaloneAudit({
    event: "access.refused",
    actor: auditActorOf(actor),
    detail: {
      action,
      reason,
      issues: issues.length
        ? issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join("."), code: i.code }))
        : Object.keys(fieldErrors)
            .slice(0, 20)
            .map((path) => ({ path, code: reason })),
    },
  });
  throw new AppError("VALIDATION", { fieldErrors });
}

/** Revalidates each page that shows a change (the request flow's step after the data function). */
function revalidateStale(paths: readonly StalePath[]): void {
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path.layout, "layout");
  }
}
