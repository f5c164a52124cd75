"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldPath, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * The group forms' shared wiring: react-hook-form with the zod schema the action also parses, the
 * error summary's items, the "Error: " title prefix, and on success a return to the group record
 * with a banner. A CONFLICT refreshes the page (current values) and keeps what the user typed.
 */
export function useGroupForm<T extends FieldValues>({
  schema,
  defaults,
  fields,
  title,
  submit,
  done,
}: {
  schema: z.ZodType<unknown, T>;
  defaults: DefaultValues<T>;
  fields: readonly FieldPath<T>[];
  title: string;
  submit: (values: T) => Promise<ActionResult<unknown>>;
  /** Where to go after saving, e.g. `/groups/3?saved=member`. */
  done: string;
}) {
  const router = useRouter();
  const form = useForm<T, unknown, unknown>({ // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one hook for several schemas
    resolver: zodResolver(schema as any) as any, shouldFocusError: false, defaultValues: defaults });
  const { errors, submitCount } = form.formState;
  const server = useActionErrors(form, fields);
  const summary = summaryItems(fields, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await submit(form.getValues());
    if (result.ok) {
      router.push(done);
      return;
    }
    server.apply(result.error);
    if (result.error.code === "CONFLICT") router.refresh();
  });

  return { form, errors, summary, onSubmit, focusKey: submitCount + server.attempts };
}
