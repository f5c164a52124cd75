"use client";

import { useState } from "react";
import {
  useController,
  type Control,
  type FieldValues,
  type Path,
  type UseFormRegister,
} from "react-hook-form";
import { DateBoxes, type DateCommon as Common } from "@/components/forms/date-boxes";
import { textDefault, useFieldDefault } from "@/components/forms/field-defaults";
import { monthNumber, parseDay, partsOfDay, type DayParts } from "@/lib/dates/day";

// The one way to enter a date: GOV.UK's date input (day, month and year boxes), never a native
// picker (mm/dd/yyyy in an en-US browser) or free text. Two bindings:
// - `DateInput`: the form keeps one text value, "YYYY-MM-DD" (what the schemas' `dayText` parses);
//   half-filled or impossible dates stay in the boxes exactly as typed while the error shows.
// - `DatePartsInput`: the form keeps the three boxes as `<id>.day`, `.month`, `.year`.
// Typing or pasting a whole date ("31/08/22", "31 Aug 2022") into the day box fills all three.
// The day box carries the field's id, so the error summary's link lands on it.
// The markup itself (and `DateGetInput`, for GET filters with no JavaScript) is in date-boxes.tsx.

/** The boxes joined as the form's text value: "" when all are empty, else year-month-day as typed. */
export function joinParts(parts: DayParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return "";
  const named = /^\d{1,2}$/.test(month) || month === "" ? month : String(monthNumber(month) ?? month);
  // Digits are padded so a whole date is the canonical "2026-03-07"; anything else stays as typed.
  const two = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);
  return `${year}-${two(named)}-${two(day)}`;
}

/** A text value back into boxes; what the user half-typed ("2026--7") comes back as typed. */
export function splitText(value: string): DayParts {
  const clean = partsOfDay(value);
  if (clean.year) return clean;
  const [year = "", month = "", day = ""] = value.split("-");
  return { day, month, year };
}

/** A whole date typed or pasted into one box, split into the three; null when it is not one. */
function wholeDate(text: string): DayParts | null {
  if (!/[\s/.-]/.test(text.trim())) return null;
  const day = parseDay(text);
  return day ? partsOfDay(day) : null;
}

/** A date kept by the form as one "YYYY-MM-DD" text value. */
// Any form's context and output types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyControl<T extends FieldValues> = Control<T, any, any>;

export function DateInput<T extends FieldValues>({
  control,
  name,
  ...common
}: Common & { control: AnyControl<T>; name: Path<T> }) {
  const { field } = useController({ control, name });
  const value = typeof field.value === "string" ? field.value : "";
  const [parts, setParts] = useState<DayParts>(() => splitText(value));

  // A reset from outside (the saved values after a conflict) replaces the boxes; our own edits,
  // which already match, leave them as typed. Derived during render, as React advises.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (joinParts(parts) !== value) setParts(splitText(value));
  }

  function change(key: keyof DayParts, text: string) {
    const next = (key === "day" ? wholeDate(text) : null) ?? { ...parts, [key]: text };
    setParts(next);
    field.onChange(joinParts(next));
  }

  return (
    <DateBoxes
      {...common}
      box={(key, attributes) => (
        <input
          {...attributes}
          name={`${name}-${key}`}
          value={parts[key]}
          onChange={(event) => change(key, event.target.value)}
          onBlur={field.onBlur}
          ref={key === "day" ? field.ref : undefined}
        />
      )}
    />
  );
}

/** A date kept by the form as its three boxes, `<id>.day`, `<id>.month`, `<id>.year`. */
export function DatePartsInput<T extends FieldValues>({
  register,
  ...common
}: Common & { register: UseFormRegister<T> }) {
  const initial = useFieldDefault(common.id) as Partial<DayParts> | undefined;
  return (
    <DateBoxes
      {...common}
      box={(key, attributes) => (
        <input
          {...attributes}
          defaultValue={textDefault(initial?.[key])}
          {...register(`${common.id}.${key}` as Path<T>)}
        />
      )}
    />
  );
}
