"use client";

import { useWatch } from "react-hook-form";
import { fieldNames, FieldList, type PlainFieldSpec } from "@/components/forms/field-list";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateActionProgressAction } from "@/app/actions/actions";
import type { ProgressFormValues } from "@/lib/action-items/schemas";

const STATUSES = [
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "COMPLETED", label: "Completed" },
  { value: "NOT_POSSIBLE", label: "Not possible" },
] as const;
const FIELDS: PlainFieldSpec<ProgressFormValues>[] = [
  { kind: "radios", name: "status", legend: "Status", options: STATUSES },
  {
    kind: "textarea",
    name: "note",
    label: "Progress note",
    hint: "What has been done since the last update.",
    rows: 3,
  },
  {
    kind: "textarea",
    name: "resultNote",
    label: "Result",
    hint: "What the action achieved: the forum reads this.",
    rows: 3,
  },
  {
    kind: "textarea",
    name: "notPossibleReason",
    label: "Why it was not possible",
    hint: "The chair reviews this at the next meeting.",
    rows: 3,
  },
];
/** The boxes shown only with one status: the result when completing, the reason when not possible. */
const ONLY_WITH: Partial<Record<keyof ProgressFormValues, ProgressFormValues["status"]>> = {
  resultNote: "COMPLETED",
  notPossibleReason: "NOT_POSSIBLE",
};
const EMPTY: ProgressFormValues = { status: "IN_PROGRESS", note: "", resultNote: "", notPossibleReason: "" };

/**
 * The owner's update: a progress note and the status. Completing needs a result note; "not
 * possible" needs a reason (the chair then reviews it). A conflict keeps what was typed.
 */
export function ProgressForm({ id, version }: { id: number; version: number }) {
  const form = useFormAction<ProgressFormValues>({
    schema: () => import("@/lib/action-items/schemas").then((m) => m.progressFormSchema),
    defaults: EMPTY,
    fields: fieldNames(FIELDS),
    formAnchor: "progress-form",
    submit: (values) => updateActionProgressAction({ ...values, id, version }),
    onSaved: (_data, f) => f.reset(EMPTY),
  });
  // useWatch (not form.watch) so the React Compiler can keep memoising this component.
  const status = useWatch({ control: form.form.control, name: "status" });
  const shown = FIELDS.filter((f) => (ONLY_WITH[f.name] ?? status) === status);

  return (
    <FormFrame form={form} id="progress-form" testId="progress-form" contained submit="Save update">
      <FieldList form={form} fields={shown} />
    </FormFrame>
  );
}
