"use client";

import { fieldNames, type FieldSpec } from "@/components/forms/field-list";
import { DatedFieldList } from "@/components/forms/dated-field-list";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveMeetingAction } from "@/app/meetings/actions";
import type { MeetingFormInput } from "@/lib/meetings/schemas";
import type { MeetingFormOptions } from "@/lib/meetings/types";
import { FormFrame } from "@/components/forms/form-frame";
import { idNameOptions } from "@/components/forms/options";

// Schedules a meeting or changes its details: when, where, chair and deputy, who is invited (users
// and outside partners) and who has sent apologies.

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
  const saved = options.saved;
  const chairs = idNameOptions(options.chairs);
  const people = options.people.map((p) => ({
    value: String(p.id),
    label: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name,
  }));
  const fields: FieldSpec<MeetingFormInput>[] = [
    { kind: "text", name: "title", label: "Title", maxLength: 200 },
    { kind: "date", name: "heldOn", legend: "Date", hint: "For example, 27 3 2027" },
    {
      kind: "text",
      name: "time",
      label: "Start time",
      hint: "UK time, for example 10:00",
      widthClass: "govuk-input--width-5",
    },
    { kind: "text", name: "location", label: "Location", maxLength: 200 },
    { kind: "select", name: "chairId", label: "Chair", options: chairs, placeholder: "Choose the chair" },
    { kind: "select", name: "deputyId", label: "Deputy", options: chairs, placeholder: "No deputy" },
    {
      kind: "checkboxes",
      name: "attendeeIds",
      small: true,
      legend: "Invited",
      hint: "Colleagues expected at the meeting.",
      options: people,
    },
    {
      kind: "checkboxes",
      name: "apologyIds",
      small: true,
      legend: "Apologies",
      hint: "Colleagues who have said they cannot attend.",
      options: people,
    },
    {
      kind: "textarea",
      name: "externalAttendees",
      label: "External attendees",
      hint: "Partners without an account, one a line: name, organisation",
      rows: 4,
    },
  ];
  const action = useFormAction<MeetingFormInput, { id: number }>({
    schema: () => import("@/lib/meetings/schemas").then((m) => m.meetingFormSchema),
    defaults: saved ?? EMPTY,
    fields: fieldNames(fields),
    // An edit sends the page's version: after a conflict the refresh brings the saved one.
    submit: (values) => saveMeetingAction({ ...values, id: saved?.id, version: saved?.version }),
    done: (data) => `/meetings/${data.id}`,
  });

  return (
    <FormFrame
      form={action}
      contained
      title={saved ? "Change the meeting" : "Schedule a meeting"}
      submit="Save meeting"
    >
      <DatedFieldList fields={fields} form={action} />
    </FormFrame>
  );
}
