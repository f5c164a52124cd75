import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/server/get-actor";
import { getRequestAddress } from "@/lib/auth/server/get-request-address";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { mustChangePassword } from "@/lib/auth/server/must-change-password";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { actionErrorFrom, fieldErrorsFromZod, formDataToObject, type ActionResult } from "@/lib/actions/action-result";

type ActionConfig<S extends z.ZodType, T> = {
  /** For logs and audit rows, e.g. "offences.update". */
  name: string;
  /** The permission the action needs; "signed-in" only for the actor's own session (sign out). */
  permission: Permission | "signed-in";
  /** Parses the input; give every string a max length (the field limits are the schema's). */
  input: S;
  /** Runs with the parsed input. Calls a data function, then revalidatePath, and returns DTOs only. */
  handler: (context: { actor: Actor; input: z.output<S> }) => Promise<T>;
};

/**
 * Every server action is made with this, so none can forget a step:
 * actor (UNAUTHENTICATED, audited) → permission (FORBIDDEN, audited) → zod parse (VALIDATION;
 * audited, since the form validated with the same schema and only a bypass reaches here) →
 * handler → `{ ok: true, data }`, or `{ ok: false, error }` with the code's message. Unknown errors
 * are logged with a reference and answered with the generic message. redirect()/notFound() thrown by
 * the handler pass through.
 *
 * In a `'use server'` file: `export const updateOffenceAction = defineAction({ … })`.
 */
export function defineAction<S extends z.ZodType, T>(config: ActionConfig<S, T>) {
  return async function action(raw: z.input<S> | FormData): Promise<ActionResult<T>> {
    let actor: Actor | null = null;
    try {
      actor = await getActor();
      if (!actor) {
        await writeAudit(getPrisma(), {
          event: "access.refused",
          actor: anonymousActor(await getRequestAddress()),
          detail: { action: config.name, reason: "unauthenticated" },
        });
        throw new AppError("UNAUTHENTICATED");
      }
      // Issue 13.14: until an administrator-set password is replaced, only the actor's own session
      // actions ("signed-in": sign out, change the password) run.
      if (config.permission !== "signed-in" && (await mustChangePassword(actor.id))) {
        await writeAudit(getPrisma(), { event: "access.refused", actor: auditActorOf(actor), detail: { action: config.name, reason: "password-change-required" } });
        throw new AppError("FORBIDDEN", { message: "Change your temporary password first." });
      }
      if (config.permission !== "signed-in") {
        await requirePermission(actor, config.permission, { detail: { action: config.name } });
      }

      const parsed = config.input.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
      if (!parsed.success) {
        await writeAudit(getPrisma(), {
          event: "access.refused",
          actor: auditActorOf(actor),
          detail: {
            action: config.name,
            reason: "invalid-input",
            issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join("."), code: i.code })),
          },
        });
        throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(parsed.error) });
      }

      return { ok: true, data: await config.handler({ actor, input: parsed.data }) };
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
