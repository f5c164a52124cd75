import Link from "next/link";
import { describedBy, FieldError, FieldHint, formGroupClass, controlClass } from "@/components/ui/field-error";
import { AUDIT_CATEGORIES, AUDIT_EVENTS } from "@/lib/audit/events";
import { auditSearchHref, type AuditSearchForm } from "@/lib/audit/search-filters";

// The filter panel of the MOJ "filter a list" layout: a GET form, so a search is a URL that can be
// bookmarked or shared with a colleague, and selected-filter tags that each remove one filter.

const LABELS: Record<keyof AuditSearchForm, string> = {
  user: "User",
  entityType: "Record type",
  entityId: "Record ID",
  category: "Category",
  event: "Event",
  from: "Date from",
  to: "Date to",
};

const categoryLabel = (c: string) => c.charAt(0) + c.slice(1).toLowerCase();

type Props = { form: AuditSearchForm; errors: Partial<Record<"from" | "to", string>> };

export function AuditFilter({ form, errors }: Props) {
  const selected = (Object.keys(LABELS) as (keyof AuditSearchForm)[]).filter((key) => form[key]);
  return (
    <div className="moj-filter" data-testid="audit-filter">
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
                  <Link className="govuk-link govuk-link--no-visited-state" href="/admin/audit">
                    Clear filters
                  </Link>
                </p>
              </div>
            </div>
            <ul className="moj-filter-tags">
              {selected.map((key) => (
                <li key={key}>
                  <Link className="moj-filter__tag" href={auditSearchHref({ ...form, [key]: "" })}>
                    <span className="govuk-visually-hidden">Remove this filter: </span>
                    {LABELS[key]}: {key === "category" ? categoryLabel(form[key]) : form[key]}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="moj-filter__options">
          <form method="get" action="/admin/audit" noValidate>
            <button type="submit" className="govuk-button" data-module="govuk-button" data-testid="apply-filters">
              Apply filters
            </button>
            <Text id="user" label="User" hint="Name or email address" value={form.user} maxLength={254} />
            <Text id="entityType" label="Record type" hint="For example, person, offence or user" value={form.entityType} maxLength={40} />
            <Text id="entityId" label="Record ID" value={form.entityId} maxLength={40} width="govuk-input--width-10" />
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="category">
                Category
              </label>
              <select className="govuk-select govuk-!-width-full" id="category" name="category" defaultValue={form.category}>
                <option value="">Any category</option>
                {AUDIT_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {categoryLabel(c)}
                  </option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="event">
                Event
              </label>
              <select className="govuk-select govuk-!-width-full" id="event" name="event" defaultValue={form.event}>
                <option value="">Any event</option>
                {AUDIT_CATEGORIES.map((c) => (
                  <optgroup key={c} label={categoryLabel(c)}>
                    {Object.entries(AUDIT_EVENTS)
                      .filter(([, category]) => category === c)
                      .map(([event]) => (
                        <option key={event} value={event}>
                          {event}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <Text id="from" label="Date from" hint="For example, 27/3/2026" value={form.from} error={errors.from} maxLength={20} width="govuk-input--width-10" />
            <Text id="to" label="Date to" hint="For example, 27/3/2026" value={form.to} error={errors.to} maxLength={20} width="govuk-input--width-10" />
          </form>
        </div>
      </div>
    </div>
  );
}

type TextProps = { id: string; label: string; hint?: string; value: string; error?: string; maxLength: number; width?: string };

function Text({ id, label, hint, value, error, maxLength, width }: TextProps) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldHint fieldId={id} hint={hint} />
      <FieldError fieldId={id} message={error} />
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
    </div>
  );
}
