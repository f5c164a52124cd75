import { z } from "zod";
import { optionalDate } from "@/lib/investigations/schemas";
import { FOUR_PS, GROUP_TYPES, MEMBER_ROLES, PLAN_LINE_STATUSES } from "@/lib/groups/labels";
import { recordIdSchema, recordIdSchema as recordId, editOf } from "@/lib/ids/record-id";
import { requiredText } from "@/lib/text/required-text";

// Shared by the group forms (zodResolver) and the actions. Client-safe. Form fields are strings;
// the output is what the data functions take.

const requiredDate = (name: string) =>
  optionalDate(name).transform((value, ctx) => {
    if (value) return value;
    ctx.addIssue({ code: "custom", message: `Enter the ${name.toLowerCase()}` });
    return z.NEVER;
  });

// A record number as the form sends it (typed, or a select's value): digits without a leading zero.
const recordNumberText = (message: string) =>
  z
    .string()
    .trim()
    .max(10)
    .regex(/^[1-9]\d*$/, message);

export const addMemberFormSchema = z.object({
  personId: recordNumberText("Enter the person's record number, like 1234"),
  role: z.enum(MEMBER_ROLES, "Select the member's role"),
  startOn: requiredDate("Start date"),
});
export type AddMemberFormValues = z.input<typeof addMemberFormSchema>;
export const addMemberSchema = z.object({ groupId: recordId }).and(addMemberFormSchema);
export type AddMemberInput = z.output<typeof addMemberSchema>;

export const endMembershipFormSchema = z.object({ endOn: requiredDate("End date") });
export type EndMembershipFormValues = z.input<typeof endMembershipFormSchema>;
export const endMembershipSchema = z
  .object({ membershipId: recordId, version: recordId })
  .and(endMembershipFormSchema);
export type EndMembershipInput = z.output<typeof endMembershipSchema>;

export const planLineFormSchema = z.object({
  strand: z.enum(FOUR_PS, "Select the 4P strand"),
  description: requiredText(500, "Enter what the line will do", "Description"),
  ownerId: recordNumberText("Select the owner"),
  status: z.enum(PLAN_LINE_STATUSES, "Select the status"),
  dueOn: optionalDate("Due date"),
});
export type PlanLineFormValues = z.input<typeof planLineFormSchema>;
export const addPlanLineSchema = z.object({ groupId: recordId }).and(planLineFormSchema);
export type AddPlanLineInput = z.output<typeof addPlanLineSchema>;
export const updatePlanLineSchema = editOf(planLineFormSchema);
export type UpdatePlanLineInput = z.output<typeof updatePlanLineSchema>;

export const linkOffenceFormSchema = z.object({
  crimeReference: requiredText(40, "Enter the crime reference", "Crime reference"),
});
export type LinkOffenceFormValues = z.input<typeof linkOffenceFormSchema>;
export const linkOffenceSchema = z.object({ groupId: recordId }).and(linkOffenceFormSchema);
export type LinkOffenceInput = z.output<typeof linkOffenceSchema>;

/** The list's filters from the URL; anything unrecognised is ignored rather than an error. */
export const groupListQuerySchema = z.object({
  type: z.enum(GROUP_TYPES).optional().catch(undefined),
  npu: recordIdSchema.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(["active", "inactive", "all"]).catch("active"),
});
export type GroupListQuery = z.output<typeof groupListQuerySchema>;

export function parseGroupListQuery(params: Record<string, string | string[] | undefined>): GroupListQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return groupListQuerySchema.parse({
    type: one(params.type),
    npu: one(params.npu),
    q: one(params.q),
    status: one(params.status) ?? "active",
  });
}

/** The list URL for a page, keeping the filters. */
export function groupListHref(query: GroupListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.type) params.set("type", query.type);
  if (query.npu) params.set("npu", String(query.npu));
  if (query.q) params.set("q", query.q);
  if (query.status !== "active") params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/groups?${text}` : "/groups";
}
