import { z } from "zod";
import { ACTION_STATUSES } from "@/lib/action-items/rules";
import { pageParam } from "@/lib/pagination";
import { recordIdSchema } from "@/lib/ids/record-id";

// The action register's filters, read from the URL (server-side filtering; the URL is the state,
// so a filtered list can be bookmarked and the back button undoes a change). Client-safe.

export const RAG_FILTERS = ["RED", "AMBER", "GREEN"] as const;
/** "open" = open, in progress or awaiting the chair's review; the default view of the register. */
export const STATUS_FILTERS = ["open", "all", ...ACTION_STATUSES] as const;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const actionFiltersSchema = z.object({
  status: z.preprocess(one, z.enum(STATUS_FILTERS).catch("open")),
  rag: z.preprocess(one, z.enum(RAG_FILTERS).optional().catch(undefined)),
  owner: z.preprocess(one, recordIdSchema.optional().catch(undefined)),
  /** "me": only the actions the actor raised ("Actions I raised"). */
  raised: z.preprocess(one, z.enum(["me"]).optional().catch(undefined)),
  page: z.preprocess(one, pageParam),
});
export type ActionFilters = z.output<typeof actionFiltersSchema>;

export function parseActionFilters(params: Record<string, string | string[] | undefined>): ActionFilters {
  return actionFiltersSchema.parse({
    status: params.status,
    rag: params.rag,
    owner: params.owner,
    raised: params.raised,
    page: params.page,
  });
}

export function actionListHref(filters: ActionFilters): string {
  const query = new URLSearchParams();
  if (filters.status !== "open") query.set("status", filters.status);
  if (filters.rag) query.set("rag", filters.rag);
  if (filters.owner) query.set("owner", String(filters.owner));
  if (filters.raised) query.set("raised", filters.raised);
  if (filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return text ? `/actions?${text}` : "/actions";
}
