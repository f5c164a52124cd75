"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { TextField, TextareaField } from "@/components/forms/fields";
import { useEffect, useState } from "react";
import { GradingFields } from "@/components/intelligence/grading-fields";
import { LinkPicker } from "@/components/intelligence/link-picker";
import { DatePartsInput } from "@/components/forms/date-input";
import { submitIntelligenceAction } from "@/app/intelligence/actions";
import { emptySubmitIntelligence, SUBMIT_FIELDS } from "@/lib/intelligence/form-fields";
import type { LinkTarget, SubmitIntelligenceValues } from "@/lib/intelligence/schemas";
import { FormFrame } from "@/components/forms/form-frame";

const TITLE = "Submit intelligence";
const FIELDS = [...SUBMIT_FIELDS, "personIds", "offenceIds", "groupIds"] as const;

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
  const [persons, setPersons] = useState<LinkTarget[]>([]);
  const [offences, setOffences] = useState<LinkTarget[]>([]);
  const [groupIds, setGroupIds] = useState<number[]>([]);
  // The link pickers' errors link to their search boxes.
  const summary = action.summary.map((item) =>
    item.fieldId === "personIds"
      ? { ...item, fieldId: "person-search" }
      : item.fieldId === "offenceIds"
        ? { ...item, fieldId: "offence-search" }
        : item,
  );
  useEffect(() => {
    form.setValue(
      "personIds",
      persons.map((p) => p.id),
    );
    form.setValue(
      "offenceIds",
      offences.map((o) => o.id),
    );
    form.setValue("groupIds", groupIds);
  }, [form, persons, offences, groupIds]);

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
      <Chosen
        title="People"
        items={persons}
        onRemove={(id) => setPersons((list) => list.filter((p) => p.id !== id))}
        testId="chosen-persons"
      />
      <LinkPicker
        kind="person"
        label="Find a person"
        hint="Forenames and surname, or just the surname"
        chosen={persons.map((p) => p.id)}
        onChoose={(t) => setPersons((list) => [...list, t])}
        error={errors.personIds?.message}
      />
      <Chosen
        title="Offences"
        items={offences}
        onRemove={(id) => setOffences((list) => list.filter((o) => o.id !== id))}
        testId="chosen-offences"
      />
      <LinkPicker
        kind="offence"
        label="Find an offence"
        hint="The crime reference, or its start"
        chosen={offences.map((o) => o.id)}
        onChoose={(t) => setOffences((list) => [...list, t])}
        error={errors.offenceIds?.message}
      />
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

function Chosen({
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
