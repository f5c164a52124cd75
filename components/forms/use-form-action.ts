"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import {
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { formOutcome } from "@/components/forms/form-outcome";
import type { ActionError, ActionResult, AlreadyDone } from "@/lib/actions/action-result";

/**
 * The form's zod schema, loaded when first needed: `() => import("@/lib/x/schemas").then((m) =>
 * m.xSchema)`. zod and the schemas are ~30 KB gzipped, too much to send with every form page (issue
 * 15: ≤ 150 KB per route); they load when the user first moves into a field, so they are there by
 * the time the form is submitted, and a submit before then waits for them.
 */
export type SchemaLoader<T extends FieldValues> = () => Promise<z.ZodType<unknown, T>>;

export type FormActionOptions<T extends FieldValues, R> = {
  schema: SchemaLoader<T>;
  defaults: DefaultValues<T>;
  /** The fields in page order: the error summary lists them so, and server errors land on them. */
  fields: readonly FieldPath<T>[];
  /** The page's title, for the "Error: " prefix; omit for a form that is one part of a page. */
  title?: string;
  submit: (values: T) => Promise<ActionResult<R>>;
  /** Where to go after saving, e.g. `/groups/3?saved=member`; omit to stay on the page. */
  done?: string | ((data: R) => string);
  /** Where the summary's form-level message links (default: the first field). */
  formAnchor?: string;
  /** After a save that stays: e.g. empty the form for the next entry. */
  onSaved?: (data: R, form: UseFormReturn<T, unknown, unknown>) => void;
  /** Before the error is shown: take out what the form shows its own way (returns the rest). */
  onError?: (error: ActionError) => ActionError;
};

/**
 * One form's wiring, for every react-hook-form form: the zod schema the action also parses, the
 * error summary's items (GOV.UK: it takes focus on each failed submit), the "Error: " title
 * prefix, and what happens after the request (components/forms/form-outcome.ts):
 * - saved: go to `done` (the record, whose banner takes focus), or stay and set `saved` so the
 *   form shows its SavedBanner beside the button, which takes focus;
 * - a repeat of a create (double click, retry, second tab): `already` holds "This was already
 *   saved" and the record's link, shown by <FormOutcomeBanners>; nothing new was made;
 * - the request failed (network, server): the summary says plainly that nothing was saved, and
 *   every box keeps what was typed;
 * - CONFLICT: the page is refreshed (so the next save carries the saved version) and each field
 *   that differs shows the saved value beside the user's, still in the box. Saving again works.
 */
export function useFormAction<T extends FieldValues, R = unknown>(options: FormActionOptions<T, R>) {
  const { schema, defaults, fields, title, submit, done, formAnchor, onSaved, onError } = options;
  const router = useRouter();
  const [saved, setSaved] = useState(0);
  const [already, setAlready] = useState<AlreadyDone | null>(null);
  // What the fields show in the server's HTML (FormFrame passes them to the kit): the first
  // render's, as react-hook-form's own defaultValues are.
  const [initial] = useState(() => defaults);
  const form = useForm<T, unknown, unknown>({
    resolver: async (values, context, resolverOptions) => {
      let zodResolver: typeof import("@hookform/resolvers/zod").zodResolver;
      let loaded: z.ZodType<unknown, T>;
      try {
        [{ zodResolver }, loaded] = await Promise.all([import("@hookform/resolvers/zod"), schema()]);
      } catch {
        // The script did not arrive (network): send the values, and the action, which parses them
        // with the same schema, answers with the same messages for the summary.
        return { values, errors: {} };
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one hook for every schema
      return zodResolver(loaded as any)(values, context, resolverOptions as any) as any;
    },
    shouldFocusError: false,
    defaultValues: defaults,
  });

  // Fetch zod and the schema as soon as the user starts on the form (any field taking focus), not
  // with the page: by the time they submit, validation runs at once. The first render's loader.
  const [prefetch] = useState(() => schema);
  useEffect(() => {
    const load = () =>
      void Promise.all([import("@hookform/resolvers/zod"), prefetch()]).catch(() => undefined);
    document.addEventListener("focusin", load, { once: true });
    return () => document.removeEventListener("focusin", load);
  }, [prefetch]);

  const { errors, submitCount, isSubmitting } = form.formState;
  const server = useActionErrors(form, fields);
  const summary = summaryItems(fields, errors, server.formError, formAnchor);

  useEffect(() => {
    if (title) document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    setSaved(0);
    setAlready(null);
    const result = await server.send(() => submit(form.getValues()));
    const outcome = formOutcome(result, done);
    switch (outcome.kind) {
      case "go":
        // The refresh makes sure the record's page is read again, not served from the router cache.
        router.push(outcome.href);
        router.refresh();
        return;
      case "stay":
        setSaved((n) => n + 1);
        if (result.ok) onSaved?.(result.data, form);
        router.refresh();
        return;
      case "already":
        setAlready(outcome.already);
        return;
      case "error":
        server.apply(onError ? onError(outcome.error) : outcome.error);
        if (outcome.refresh) router.refresh();
    }
  });

  /** `id`, `field` and `error` of one field, for the kit's fields (components/forms/fields). */
  function bind(name: FieldPath<T>) {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    return { id: name, field: form.register(name), error: typeof message === "string" ? message : undefined };
  }

  /** The same for the GOV.UK date input (components/forms/date-input), which needs the control. */
  function bindDate(name: FieldPath<T>) {
    const { id, error } = bind(name);
    return { control: form.control, name, id, error };
  }

  /** The same for the three-box date (components/forms/date-input's DatePartsInput), which registers each box. */
  function bindParts(name: FieldPath<T>) {
    const { id, error } = bind(name);
    return { id, error, register: form.register };
  }

  return {
    form,
    defaults: initial as object,
    bindDate,
    bindParts,
    errors,
    summary,
    onSubmit,
    bind,
    focusKey: submitCount + server.attempts,
    pending: isSubmitting,
    saved: saved > 0,
    already,
  };
}
