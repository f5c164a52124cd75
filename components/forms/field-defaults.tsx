"use client";

import { createContext, useContext } from "react";

/**
 * The form's default values, for the kit's fields (components/forms/fields) to put in the markup:
 * react-hook-form's `register()` renders no value and fills the boxes from a ref once the form's
 * code runs, so without this the server's HTML of an edit form has empty boxes. That HTML is what
 * a user without JavaScript sees, and what a deferred form (components/forms/deferred-form) shows
 * until its code loads. FormFrame provides the `defaults` of `useFormAction`.
 */
export const FieldDefaults = createContext<object | undefined>(undefined);

/** The default of one field by its react-hook-form name ("dateOfBirth.day" is a path). */
export function useFieldDefault(name: string): unknown {
  const defaults = useContext(FieldDefaults);
  let value: unknown = defaults;
  for (const key of name.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A text box's or select's default as markup has it. */
export function textDefault(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/** Whether a radio or checkbox with this value starts ticked (one value, or an array of them). */
export function isChosen(value: unknown, option: string): boolean {
  if (Array.isArray(value)) return value.some((v) => String(v) === option);
  return (
    (typeof value === "string" || typeof value === "number" || typeof value === "boolean") &&
    String(value) === option
  );
}
