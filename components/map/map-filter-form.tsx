import { DateGetInput } from "@/components/forms/date-boxes";
import { ChoiceItem } from "@/components/ui/choice-item";
import { partsOfDay } from "@/lib/dates/day";
import type { MapFilters } from "@/lib/hotspots/map-filters";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";

// The map's filters: a GET form, so a filtered map is a URL the chair can share or put in a pack.

const CHOICES = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "any", label: "Either" },
] as const;

function Radios({ name, legend, value }: { name: string; legend: string; value: string }) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
          {CHOICES.map((c) => (
            <ChoiceItem type="radio" key={c.value} name={name} value={c.value} checked={value === c.value}>
              {c.label}
            </ChoiceItem>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function MapFilterForm({ filters }: { filters: MapFilters }) {
  const error = (field: "from" | "to") => filters.errors.find((e) => e.field === field)?.message;
  return (
    <form method="get" action="/map" className="app-filter" data-testid="map-filters">
      <DateGetInput
        id="from"
        legend="Recorded from"
        defaults={partsOfDay(filters.from)}
        error={error("from")}
      />
      <DateGetInput id="to" legend="Recorded to" defaults={partsOfDay(filters.to)} error={error("to")} />
      <Radios name="knife" legend="Knife used" value={filters.knife} />
      <Radios name="u25" legend="Victim under 25" value={filters.u25} />
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="category">
          Category
        </label>
        <select className="govuk-select" id="category" name="category" defaultValue={filters.category ?? ""}>
          <option value="">All</option>
          {SCRUTINY_CATEGORIES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Show on the map
      </button>
    </form>
  );
}
