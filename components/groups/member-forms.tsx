"use client";

import { RadiosField, SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DateInput } from "@/components/forms/date-input";
import { useFormAction } from "@/components/forms/use-form-action";
import { addGroupMemberAction, endGroupMembershipAction } from "@/app/groups/[id]/actions";
import { MEMBER_ROLES } from "@/lib/groups/labels";
import type { AddMemberFormValues, EndMembershipFormValues } from "@/lib/groups/schemas";
import { Form } from "@/components/forms/form";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";

const ADD_FIELDS = ["personId", "role", "startOn"] as const;
const ROLE_OPTIONS = MEMBER_ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }));

export function AddMemberForm({ groupId, groupName }: { groupId: number; groupName: string }) {
  const title = "Add a member";
  const { bind, bindDate, summary, onSubmit, focusKey, pending, already } =
    useFormAction<AddMemberFormValues>({
      schema: () => import("@/lib/groups/schemas").then((m) => m.addMemberFormSchema),
      defaults: { personId: "", role: "" as never, startOn: "" },
      fields: ADD_FIELDS,
      title,
      submit: (values) => addGroupMemberAction({ ...values, groupId }),
      done: `/groups/${groupId}?saved=member`,
    });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={focusKey} />
        <span className="govuk-caption-l">{groupName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <Form onSubmit={onSubmit} data-testid="add-member-form">
          <TextField
            {...bind("personId")}
            label="Person record number"
            hint="The number at the end of the person record's address, for example 1234 in /persons/1234."
            widthClass="govuk-input--width-10"
          />
          <RadiosField {...bind("role")} small legend="Role in the group" options={ROLE_OPTIONS} />
          <DateInput {...bindDate("startOn")} legend="Member since" />
          <SubmitButton pending={pending}>Add member</SubmitButton>
        </Form>
        <FormOutcomeBanners already={already} />
      </div>
    </div>
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
  const { bindDate, summary, onSubmit, focusKey, pending, already } = useFormAction<EndMembershipFormValues>({
    schema: () => import("@/lib/groups/schemas").then((m) => m.endMembershipFormSchema),
    defaults: { endOn: "" },
    fields: ["endOn"],
    title,
    submit: (values) => endGroupMembershipAction({ ...values, membershipId, version }),
    done: `/groups/${groupId}?saved=ended`,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={focusKey} />
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">The membership stays on the record with its end date.</p>
        <Form onSubmit={onSubmit} data-testid="end-membership-form">
          <DateInput {...bindDate("endOn")} legend="End date" />
          <SubmitButton pending={pending}>End membership</SubmitButton>
        </Form>
        <FormOutcomeBanners already={already} />
      </div>
    </div>
  );
}
