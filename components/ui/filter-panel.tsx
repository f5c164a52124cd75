import Link from "next/link";
import type { ReactNode } from "react";
import { controlClass, describedBy, LabelledGroup } from "@/components/ui/field-error";

// The filter panel of the MOJ "filter a list" layout, shared by every filtered list: a GET form, so a
// filtered list is a URL that can be bookmarked or shared, and selected-filter tags that each remove
// one filter. Server-safe (no hooks).

export type SelectedFilter = { key: string; text: string; href: string };

type PanelProps = {
  testId: string;
  /** The list's path: the form GETs it. */
  action: string;
  /**
   * For a list searched by a person's name or date of birth: the form posts to app/search/run,
   * which comes back to `action` with the fields sealed (lib/security/sealed-query.ts), so no name
   * stands in the address. The page then builds its links sealed too.
   */
  sealed?: boolean;
  selected: SelectedFilter[];
  clearHref: string;
  applyTestId?: string;
  children: ReactNode;
};

export function FilterPanel({
  testId,
  action,
  selected,
  clearHref,
  applyTestId = "apply-filters",
  sealed = false,
  children,
}: PanelProps) {
  const fields = (
    <>
      <button type="submit" className="govuk-button" data-module="govuk-button" data-testid={applyTestId}>
        Apply filters
      </button>
      {children}
    </>
  );
  return (
    <div className="moj-filter" data-testid={testId}>
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">Filter</h2>
        </div>
      </div>
      <div className="moj-filter__content">
        {selected.length > 0 ? (
          <div className="moj-filter__selected">
            <div className="moj-filter__selected-heading">
              <div className="moj-filter__heading-title">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Selected filters</h3>
              </div>
              <div className="moj-filter__heading-action">
                <p className="govuk-body-s">
                  <Link className="govuk-link govuk-link--no-visited-state" href={clearHref}>
                    Clear filters
                  </Link>
                </p>
              </div>
            </div>
            <ul className="moj-filter-tags">
              {selected.map((tag) => (
                <li key={tag.key}>
                  <Link className="moj-filter__tag" href={tag.href}>
                    <span className="govuk-visually-hidden">Remove this filter: </span>
                    {tag.text}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="moj-filter__options">
          {sealed ? (
            <form method="post" action="/search/run" noValidate>
              <input type="hidden" name="to" value={action} />
              {fields}
            </form>
          ) : (
            <form method="get" action={action} noValidate>
              {fields}
            </form>
          )}
        </div>
      </div>
    </div>
  );
}

type TextProps = {
  id: string;
  label: string;
  hint?: string;
  value?: string;
  error?: string;
  maxLength: number;
  width?: string;
};

export function FilterText({ id, label, hint, value, error, maxLength, width }: TextProps) {
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      <input
        className={controlClass("input", Boolean(error), width)}
        id={id}
        name={id}
        type="text"
        defaultValue={value}
        maxLength={maxLength}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
      />
    </LabelledGroup>
  );
}

/** A list's day range: the "from" and "to" boxes (ids `from` and `to`), typed as the user writes days. */
export function FilterDateRange({
  labels,
  hints,
  values,
  errors,
}: {
  labels: { from: string; to: string };
  hints: { from: string; to: string };
  values: { from?: string; to?: string };
  errors?: { from?: string; to?: string };
}) {
  return (["from", "to"] as const).map((id) => (
    <FilterText
      key={id}
      id={id}
      label={labels[id]}
      hint={hints[id]}
      value={values[id]}
      error={errors?.[id]}
      maxLength={20}
      width="govuk-input--width-10"
    />
  ));
}

/** A select's option in a filter; most are built from a list and its label map. */
export type FilterOption = { value: string | number; label: string };

/** Records with an id and a name (NPUs, users) as options. */
export const nameOptions = (rows: readonly { id: number; name: string }[]): FilterOption[] =>
  rows.map((row) => ({ value: row.id, label: row.name }));

/** A label map's entries as options, in the map's order: `labelOptions(REFERRAL_STATE_LABELS)`. */
export const labelOptions = (labels: Readonly<Record<string, string>>): FilterOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export function FilterSelect({
  id,
  label,
  value,
  any,
  fullWidth = true,
  options = [],
  children,
}: {
  id: string;
  label: string;
  /** The chosen value; a number is an id. */
  value?: string | number | null;
  /** The first option, meaning "no filter"; absent when the list has its own default. */
  any?: string;
  fullWidth?: boolean;
  /** The options after `any`; `children` for any written out by hand. */
  options?: readonly FilterOption[];
  children?: ReactNode;
}) {
  return (
    <LabelledGroup id={id} label={label}>
      <select
        className={fullWidth ? "govuk-select govuk-!-width-full" : "govuk-select"}
        id={id}
        name={id}
        defaultValue={value == null ? "" : String(value)}
      >
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
    </LabelledGroup>
  );
}
