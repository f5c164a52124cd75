import { describedBy, LabelledGroup } from "@/components/ui/field-error";

// The GOV.UK file upload for the server-rendered multipart forms (the imports): no react-hook-form,
// since a file is posted to a route handler, not to a server action. The input's name is its id.

export function FileUpload({
  id,
  label,
  hint,
  error,
  accept,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** e.g. ".csv,text/csv" */
  accept: string;
}) {
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error ?? undefined}>
      <input
        className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        id={id}
        name={id}
        type="file"
        accept={accept}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
      />
    </LabelledGroup>
  );
}
