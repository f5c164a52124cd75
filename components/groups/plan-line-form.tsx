"use client";

import { RadiosField, SelectField, TextareaField } from "@/components/forms/fields";
import { DateInput } from "@/components/forms/date-input";
import { useFormAction } from "@/components/forms/use-form-action";
import { addPlanLineAction, updatePlanLineAction } from "@/app/groups/[id]/actions";
import { FOUR_P_LABELS, FOUR_PS, PLAN_LINE_STATUS_LABELS, PLAN_LINE_STATUSES } from "@/lib/groups/labels";
import type { PlanLineFormValues } from "@/lib/groups/schemas";
import type { FourP, PlanLineStatus } from "@/lib/enums";
import { FormPage } from "@/components/forms/form-page";
import { idNameOptions, labelledOptions } from "@/components/forms/options";

const FIELDS = ["strand", "description", "ownerId", "status", "dueOn"] as const;

export type EditablePlanLine = {
  id: number;
  version: number;
  strand: FourP;
  description: string;
  ownerId: number;
  status: PlanLineStatus;
  dueOn: Date | null;
};

/**
 * Adds a 4P plan line, or changes one (`line` given). A change sends the version the page was
 * rendered with; a conflict shows the saved values and keeps what the user typed.
 */
export function PlanLineForm({
  groupId,
  groupName,
  owners,
  line,
}: {
  groupId: number;
  groupName: string;
  owners: { id: number; name: string }[];
  line?: EditablePlanLine;
}) {
  const title = line ? "Change a plan line" : "Add a plan line";
  const form = useFormAction<PlanLineFormValues>({
    schema: () => import("@/lib/groups/schemas").then((m) => m.planLineFormSchema),
    defaults: {
      strand: line?.strand ?? ("" as never),
      description: line?.description ?? "",
      ownerId: line ? String(line.ownerId) : "",
      status: line?.status ?? "NOT_STARTED",
      dueOn: line?.dueOn ? new Date(line.dueOn).toISOString().slice(0, 10) : "",
    },
    fields: FIELDS,
    title,
    submit: (values) =>
      line
        ? updatePlanLineAction({ ...values, id: line.id, version: line.version })
        : addPlanLineAction({ ...values, groupId }),
    done: `/groups/${groupId}?saved=${line ? "plan-line-updated" : "plan-line-added"}#plan`,
  });
  const { bind, bindDate } = form;
  return (
    <FormPage
      title={title}
      caption={groupName}
      testId="plan-line-form"
      form={form}
      submit={line ? "Save plan line" : "Add plan line"}
    >
      <RadiosField
        {...bind("strand")}
        small
        legend="4P strand"
        options={labelledOptions(FOUR_PS, FOUR_P_LABELS)}
      />
      <TextareaField {...bind("description")} label="What the line will do" rows={3} />
      <SelectField
        {...bind("ownerId")}
        label="Owner"
        placeholder="Select an owner"
        options={idNameOptions(owners)}
      />
      <RadiosField
        {...bind("status")}
        small
        legend="Status"
        options={labelledOptions(PLAN_LINE_STATUSES, PLAN_LINE_STATUS_LABELS)}
      />
      <DateInput {...bindDate("dueOn")} legend="Due date (optional)" />
    </FormPage>
  );
}
