"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldPath, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * One form's wiring: react-hook-form with the zod schema the action also parses, the error
 * summary's items, the "Error: " title prefix, and what happens after the request:
 * - saved: go to `done` (the record, whose banner takes focus), or stay and set `saved` so the
 *   form shows its SavedBanner beside the button, which takes focus;
 * - the request failed (network, server): the summary says plainly that nothing was saved, and
 *   every box keeps what was typed;
 * - CONFLICT: the page is refreshed (so the next save carries the saved version) and each field
 *   that differs shows the saved value beside the user's, still in the box. Saving again works.
 */
export function useFormAction<T extends FieldValues, R = unknown>({
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
  submit: (values: T) => Promise<ActionResult<R>>;
  /** Where to go after saving, e.g. `/groups/3?saved=member`; omit to stay on the page. */
  done?: string | ((data: R) => string);
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(0);
  const form = useForm<T, unknown, unknown>({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one hook for every schema
    resolver: zodResolver(schema as any) as any,
    shouldFocusError: false,
    defaultValues: defaults,
  });
  const { errors, submitCount } = form.formState;
  const server = useActionErrors(form, fields);
  const summary = summaryItems(fields, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    setSaved(0);
    const result = await server.send(() => submit(form.getValues()));
    if (result.ok) {
      if (done) router.push(typeof done === "string" ? done : done(result.data));
      else {
        setSaved((n) => n + 1);
        router.refresh();
      }
      return;
    }
    server.apply(result.error);
    if (result.error.code === "CONFLICT") router.refresh();
  });

  return { form, errors, summary, onSubmit, focusKey: submitCount + server.attempts, saved: saved > 0 };
}
