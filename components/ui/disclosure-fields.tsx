import { describedBy, FieldError, formGroupClass, controlClass } from "@/components/ui/field-error";

// What every export form asks before a file is made (DPA 2018 s.62: a disclosure records why and
// to whom): the marking warning, the reason, the recipients and the button. The pages post to a
// route handler, which redirects back with `missing=reason,recipients` when either is empty.

export type DisclosureField = "reason" | "recipients";
type Errors = { fieldId: DisclosureField; message: string }[];

/** The errors to show from the `missing` parameter the export route redirects back with. */
export function disclosureErrors(
  params: Record<string, string | string[] | undefined>,
  what: string,
): Errors {
  const messages: Record<DisclosureField, string> = {
    reason: `Enter why you are exporting this ${what}`,
    recipients: "Enter who will receive the export",
  };
  const missing = String(params.missing ?? "").split(",");
  return (["reason", "recipients"] as const)
    .filter((f) => missing.includes(f))
    .map((f) => ({ fieldId: f, message: messages[f] }));
}

type Props = { errors: Errors; what: string; reasonHint: string; recipientsHint: string };

export function DisclosureFields({ errors, what, reasonHint, recipientsHint }: Props) {
  const error = (field: DisclosureField) => errors.find((e) => e.fieldId === field)?.message;
  return (
    <>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The file is OFFICIAL-SENSITIVE. Your reason and the recipients are recorded in the audit log.
        </strong>
      </div>
      <div className={formGroupClass(Boolean(error("reason")))}>
        <label className="govuk-label govuk-label--s" htmlFor="reason">
          Why are you exporting this {what}?
        </label>
        <div className="govuk-hint" id="reason-hint">
          {reasonHint}
        </div>
        <FieldError fieldId="reason" message={error("reason")} />
        <textarea
          className={controlClass("textarea", Boolean(error("reason")))}
          id="reason"
          name="reason"
          rows={3}
          maxLength={500}
          aria-describedby={describedBy("reason", { hint: true, error: Boolean(error("reason")) })}
        />
      </div>
      <div className={formGroupClass(Boolean(error("recipients")))}>
        <label className="govuk-label govuk-label--s" htmlFor="recipients">
          Who will receive it?
        </label>
        <div className="govuk-hint" id="recipients-hint">
          {recipientsHint}
        </div>
        <FieldError fieldId="recipients" message={error("recipients")} />
        <input
          className={controlClass("input", Boolean(error("recipients")))}
          id="recipients"
          name="recipients"
          type="text"
          maxLength={500}
          aria-describedby={describedBy("recipients", { hint: true, error: Boolean(error("recipients")) })}
        />
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Download CSV
      </button>
    </>
  );
}
