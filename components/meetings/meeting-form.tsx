"use client";

import { SelectField, TextField, TextareaField } from "@/components/forms/fields";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { saveMeetingAction } from "@/app/meetings/actions";
import { DateInput } from "@/components/forms/date-input";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { ErrorSummary } from "@/components/forms/error-summary";
import { meetingFormSchema, type MeetingFormInput } from "@/lib/meetings/schemas";
import type { MeetingFormOptions } from "@/lib/meetings/server/get-meeting-form";
import { Form } from "@/components/forms/form";

// Schedules a meeting or changes its details: when, where, chair and deputy, who is invited (users
// and outside partners) and who has sent apologies.

const FIELDS = [
  "title",
  "heldOn",
  "time",
  "location",
  "chairId",
  "deputyId",
  "attendeeIds",
  "apologyIds",
  "externalAttendees",
] as const;
const EMPTY: MeetingFormInput = {
  title: "",
  heldOn: "",
  time: "10:00",
  location: "",
  chairId: "",
  deputyId: "",
  attendeeIds: [],
  apologyIds: [],
  externalAttendees: "",
};

export function MeetingForm({ options }: { options: MeetingFormOptions }) {
  const router = useRouter();
  const saved = options.saved;
  const form = useForm<MeetingFormInput>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: saved ?? EMPTY,
    shouldFocusError: false,
  });
  const { formError, attempts, apply, clear, send } = useActionErrors(form, FIELDS);
  const { errors, isSubmitting, submitCount } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    const result = await send(() => saveMeetingAction({ ...values, id: saved?.id, version: saved?.version }));
    if (result.ok) router.push(`/meetings/${result.data.id}`);
    else apply(result.error);
    // The saved values arrive beside each field; the refresh brings the new version.
    if (!result.ok && result.error.code === "CONFLICT") router.refresh();
  });

  const chairs = options.chairs.map((c) => ({ value: String(c.id), label: c.name }));
  return (
    <Form onSubmit={onSubmit}>
      <ErrorSummary errors={summaryItems(FIELDS, errors, formError)} focusKey={submitCount + attempts} />
      <h1 className="govuk-heading-l">{saved ? "Change the meeting" : "Schedule a meeting"}</h1>
      <TextField
        id="title"
        label="Title"
        error={errors.title?.message}
        field={form.register("title")}
        maxLength={200}
      />
      <DateInput
        control={form.control}
        name="heldOn"
        id="heldOn"
        legend="Date"
        hint="For example, 27 3 2027"
        error={errors.heldOn?.message}
      />
      <TextField
        id="time"
        label="Start time"
        hint="UK time, for example 10:00"
        error={errors.time?.message}
        field={form.register("time")}
        widthClass="govuk-input--width-5"
      />
      <TextField
        id="location"
        label="Location"
        error={errors.location?.message}
        field={form.register("location")}
        maxLength={200}
      />
      <SelectField
        id="chairId"
        label="Chair"
        error={errors.chairId?.message}
        field={form.register("chairId")}
        options={chairs}
        placeholder="Choose the chair"
      />
      <SelectField
        id="deputyId"
        label="Deputy"
        error={errors.deputyId?.message}
        field={form.register("deputyId")}
        options={chairs}
        placeholder="No deputy"
      />
      <PeopleChoice
        id="attendeeIds"
        legend="Invited"
        hint="Colleagues expected at the meeting."
        people={options.people}
        field={form.register("attendeeIds")}
      />
      <PeopleChoice
        id="apologyIds"
        legend="Apologies"
        hint="Colleagues who have said they cannot attend."
        people={options.people}
        field={form.register("apologyIds")}
      />
      <TextareaField
        id="externalAttendees"
        label="External attendees"
        hint="Partners without an account, one a line: name, organisation"
        error={errors.externalAttendees?.message}
        field={form.register("externalAttendees")}
        rows={4}
      />
      <button type="submit" className="govuk-button" disabled={isSubmitting}>
        Save meeting
      </button>
    </Form>
  );
}

function PeopleChoice({
  id,
  legend,
  hint,
  people,
  field,
}: {
  id: string;
  legend: string;
  hint: string;
  people: MeetingFormOptions["people"];
  field: UseFormRegisterReturn;
}) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small" id={id}>
          {people.map((p) => (
            <div className="govuk-checkboxes__item" key={p.id}>
              <input
                className="govuk-checkboxes__input"
                id={`${id}-${p.id}`}
                type="checkbox"
                value={String(p.id)}
                {...field}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-${p.id}`}>
                {p.name}
                {p.jobTitle ? `, ${p.jobTitle}` : ""}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
