"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { TextField, TextareaField } from "@/components/forms/fields";
import { Fragment, useEffect, useState } from "react";
import { GradingFields } from "@/components/intelligence/grading-fields";
import { LinkPicker } from "@/components/intelligence/link-picker";
import { DatePartsInput } from "@/components/forms/date-input";
import { submitIntelligenceAction } from "@/app/intelligence/actions";
import { emptySubmitIntelligence, SUBMIT_FIELDS } from "@/lib/intelligence/form-fields";
import type { LinkTarget, SubmitIntelligenceValues } from "@/lib/intelligence/schemas";
import { FormFrame } from "@/components/forms/form-frame";

const TITLE = "Submit intelligence";
const FIELDS = [...SUBMIT_FIELDS, "personIds", "offenceIds", "groupIds"] as const;

// People and offences are found by typing (the picker searches), each list under its own picker;
// their errors link to the search box.
const PICKERS = [
  {
    kind: "person",
    field: "personIds",
    title: "People",
    label: "Find a person",
    hint: "Forenames and surname, or just the surname",
  },
  {
    kind: "offence",
    field: "offenceIds",
    title: "Offences",
    label: "Find an offence",
    hint: "The crime reference, or its start",
  },
] as const;
type Chosen = Record<(typeof PICKERS)[number]["kind"], LinkTarget[]>;

/** A new item: sanitised text, 3x5x2 grading, and the people, offences and groups it is about. */
export function SubmitIntelligenceForm({ groups }: { groups: { id: number; name: string }[] }) {
  const action = useFormAction<SubmitIntelligenceValues, { id: number }>({
    schema: () => import("@/lib/intelligence/schemas").then((m) => m.submitIntelligenceSchema),
    defaults: emptySubmitIntelligence(),
    fields: FIELDS,
    title: TITLE,
    submit: (values) => submitIntelligenceAction(values),
    done: (data) => `/intelligence/${data.id}?submitted=1`,
  });
  const { form, bind, bindParts, errors } = action;
  const [chosen, setChosen] = useState<Chosen>({ person: [], offence: [] });
  const [groupIds, setGroupIds] = useState<number[]>([]);
  const summary = action.summary.map((item) => {
    const picker = PICKERS.find((p) => p.field === item.fieldId);
    return picker ? { ...item, fieldId: `${picker.kind}-search` } : item;
  });
  useEffect(() => {
    for (const { kind, field } of PICKERS)
      form.setValue(
        field,
        chosen[kind].map((t) => t.id),
      );
    form.setValue("groupIds", groupIds);
  }, [form, chosen, groupIds]);

  return (
    <FormFrame
      form={{ ...action, summary }}
      testId="submit-intelligence-form"
      heading={
        <>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">Enter the sanitised text only: nothing that could identify the source.</p>
        </>
      }
      submit="Submit intelligence"
      cancelHref="/intelligence"
    >
      <DatePartsInput {...bindParts("receivedOn")} legend="Date received" hint="For example, 27 11 2026" />
      <TextareaField {...bind("text")} label="Sanitised intelligence text" rows={6} />
      <TextField
        {...bind("locationText")}
        label="Location (optional)"
        hint="A place or area, for example Coventry, near the bus station"
        maxLength={200}
      />
      <GradingFields register={form.register} errors={errors} />

      <h2 className="govuk-heading-m">Links</h2>
      {PICKERS.map(({ kind, field, title, label, hint }) => (
        <Fragment key={kind}>
          <ChosenList
            title={title}
            items={chosen[kind]}
            onRemove={(id) => setChosen((c) => ({ ...c, [kind]: c[kind].filter((t) => t.id !== id) }))}
            testId={`chosen-${kind}s`}
          />
          <LinkPicker
            kind={kind}
            label={label}
            hint={hint}
            chosen={chosen[kind].map((t) => t.id)}
            onChoose={(t) => setChosen((c) => ({ ...c, [kind]: [...c[kind], t] }))}
            error={errors[field]?.message}
          />
        </Fragment>
      ))}
      {groups.length > 0 ? (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Groups (optional)</legend>
            <div
              className="govuk-checkboxes govuk-checkboxes--small"
              data-module="govuk-checkboxes"
              id="groupIds"
            >
              {groups.map((g) => (
                <div className="govuk-checkboxes__item" key={g.id}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`group-${g.id}`}
                    type="checkbox"
                    checked={groupIds.includes(g.id)}
                    onChange={(e) =>
                      setGroupIds((ids) =>
                        e.target.checked ? [...ids, g.id] : ids.filter((i) => i !== g.id),
                      )
                    }
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`group-${g.id}`}>
                    {g.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ) : null}
    </FormFrame>
  );
}

function ChosenList({
  title,
  items,
  onRemove,
  testId,
}: {
  title: string;
  items: LinkTarget[];
  onRemove: (id: number) => void;
  testId: string;
}) {
  if (items.length === 0) return null;
  return (
    <div className="govuk-!-margin-bottom-4">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{title} to link</h3>
      <ul className="govuk-list" data-testid={testId}>
        {items.map((t) => (
          <li key={t.id}>
            {t.label} <span className="govuk-body-s">({t.detail})</span>{" "}
            <button
              type="button"
              className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
              data-module="govuk-button"
              onClick={() => onRemove(t.id)}
            >
              Remove<span className="govuk-visually-hidden"> {t.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
