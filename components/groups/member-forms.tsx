"use client";

import { DateInput } from "@/components/forms/date-input";
import { DatedFieldList } from "@/components/forms/dated-field-list";
import { fieldNames, type FieldSpec } from "@/components/forms/field-list";
import { useFormAction } from "@/components/forms/use-form-action";
import { addGroupMemberAction, endGroupMembershipAction } from "@/app/groups/[id]/actions";
import { MEMBER_ROLES } from "@/lib/groups/labels";
import type { AddMemberFormValues, EndMembershipFormValues } from "@/lib/groups/schemas";
import { FormPage } from "@/components/forms/form-page";

const ADD_FIELDS: FieldSpec<AddMemberFormValues>[] = [
  {
    kind: "text",
    name: "personId",
    label: "Person record number",
    hint: "The number at the end of the person record's address, for example 1234 in /persons/1234.",
    widthClass: "govuk-input--width-10",
  },
  {
    kind: "radios",
    name: "role",
    small: true,
    legend: "Role in the group",
    options: MEMBER_ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) })),
  },
  { kind: "date", name: "startOn", legend: "Member since" },
];

export function AddMemberForm({ groupId, groupName }: { groupId: number; groupName: string }) {
  const title = "Add a member";
  const form = useFormAction<AddMemberFormValues>({
    schema: () => import("@/lib/groups/schemas").then((m) => m.addMemberFormSchema),
    defaults: { personId: "", role: "" as never, startOn: "" },
    fields: fieldNames(ADD_FIELDS),
    title,
    submit: (values) => addGroupMemberAction({ ...values, groupId }),
    done: `/groups/${groupId}?saved=member`,
  });
  return (
    <FormPage title={title} caption={groupName} testId="add-member-form" form={form} submit="Add member">
      <DatedFieldList form={form} fields={ADD_FIELDS} />
    </FormPage>
  );
}

export function EndMembershipForm({
  groupId,
  membershipId,
  version,
  personName,
}: {
  groupId: number;
  membershipId: number;
  version: number;
  personName: string;
}) {
  const title = `End ${personName}'s membership`;
  const form = useFormAction<EndMembershipFormValues>({
    schema: () => import("@/lib/groups/schemas").then((m) => m.endMembershipFormSchema),
    defaults: { endOn: "" },
    fields: ["endOn"],
    title,
    submit: (values) => endGroupMembershipAction({ ...values, membershipId, version }),
    done: `/groups/${groupId}?saved=ended`,
  });
  const { bindDate } = form;
  return (
    <FormPage
      title={title}
      testId="end-membership-form"
      intro={<p className="govuk-body">The membership stays on the record with its end date.</p>}
      form={form}
      submit="End membership"
    >
      <DateInput {...bindDate("endOn")} legend="End date" />
    </FormPage>
  );
}
