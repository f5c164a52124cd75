import { OfficerCombobox } from "@/components/offences/officer-combobox";
import { ChoiceItem } from "@/components/ui/choice-item";
import {
  FilterPanel,
  FilterSelect,
  FilterText,
  FilterDateRange,
  nameOptions,
  type FilterOption,
} from "@/components/ui/filter-panel";
import { STATUS_LABELS } from "@/lib/offences/offence-list-labels";
import type { OffenceFilterOptions } from "@/lib/offences/offence-list-dto";
import type { IsoDay } from "@/lib/dates/day";
import { performanceYearLabel, performanceYearsUpTo } from "@/lib/dates/performance-year";
import {
  FILTER_KEYS,
  FILTER_LABELS,
  INVESTIGATION_STATUSES,
  offenceListHref,
  type FilterKey,
  type OffenceListLink,
} from "@/lib/offences/schemas";
import { OFFENCE_CODES } from "@/lib/reference/offence-codes";
import { OUTCOME_TYPES } from "@/lib/reference/outcome-types";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";
import { OUTCOME_GROUPS } from "@/lib/reference/outcome-groups";

// The filter panel of the MOJ "filter a list" layout: a filtered list is a URL, and selected-filter
// tags each remove one filter. The form posts to app/search/run, which seals the person-name filter
// and sends the browser back with the others plain (lib/security/sealed-fields.ts). Applying
// filters keeps the sort and page size and goes back to page 1.

type Props = { link: OffenceListLink; options: OffenceFilterOptions; today: IsoDay };

// The fixed lists' options, built once.
const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];
const CATEGORY_OPTIONS = SCRUTINY_CATEGORIES.map((c) => ({ value: c.code, label: c.name }));
const OFFENCE_CODE_OPTIONS = OFFENCE_CODES.map((c) => ({
  value: c.code,
  label: `${c.code} ${c.description}`,
}));
const STATUS_OPTIONS = INVESTIGATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s].text }));
const OUTCOME_OPTIONS = OUTCOME_TYPES.map((o) => ({ value: o.code, label: `${o.code} ${o.description}` }));
const OUTCOME_GROUP_OPTIONS = OUTCOME_GROUPS.map((g) => ({ value: g.slug, label: g.label }));

export function OffenceFilter({ link, options, today }: Props) {
  const form = link.form;
  const labelOf = valueLabels(options);
  const selected = FILTER_KEYS.filter((key) => form[key]);
  const tags = selected.map((key) => ({
    key,
    text: `${FILTER_LABELS[key]}: ${labelOf(key, form[key] ?? "")}`,
    href: offenceListHref({ ...link, form: { ...form, [key]: "" }, page: 1 }),
  }));
  return (
    <FilterPanel
      testId="offence-filter"
      action="/offences"
      sealed
      selected={tags}
      clearHref={offenceListHref({ ...link, form: {}, page: 1 })}
    >
      {link.sort !== "recorded" || link.dir !== "desc" ? (
        <>
          <input type="hidden" name="sort" value={link.sort} />
          <input type="hidden" name="dir" value={link.dir} />
        </>
      ) : null}
      {link.size !== 25 ? <input type="hidden" name="size" value={link.size} /> : null}
      <Text
        id="ref"
        hint="The start of the reference, for example CG-SYN-2025"
        value={form.ref}
        maxLength={40}
      />
      <Text
        id="name"
        hint="Surname, forenames or both, of a victim, suspect or witness"
        value={form.name}
        maxLength={80}
      />
      <FilterDateRange
        labels={FILTER_LABELS}
        hints={{ from: "For example, 1/4/2025", to: "For example, 31/3/2026" }}
        values={form}
      />
      <Select
        id="year"
        value={form.year}
        any="Any year"
        options={performanceYearsUpTo(today, options.earliestYear).map((y) => ({
          value: y,
          label: performanceYearLabel(y),
        }))}
      />
      <Select id="npu" value={form.npu} any="Any NPU" options={nameOptions(options.npus)} />
      <Select
        id="hotspot"
        value={form.hotspot}
        any="Any place"
        options={options.hotspots.map((h) => ({ value: h.id, label: `${h.name} (${h.npu})` }))}
      />
      <Select id="category" value={form.category} any="Any category" options={CATEGORY_OPTIONS} />
      <Select id="code" value={form.code} any="Any offence" options={OFFENCE_CODE_OPTIONS} />
      <YesNoSelect id="knife" value={form.knife} />
      <YesNoSelect id="u25" value={form.u25} />
      <YesNoSelect id="recovered" value={form.recovered} />
      <Select id="status" value={form.status} any="Any status" options={STATUS_OPTIONS} />
      <Select id="outcome" value={form.outcome} any="Any outcome" options={OUTCOME_OPTIONS} />
      <YesNoSelect id="outcomed" value={form.outcomed} />
      <YesNoSelect id="positive" value={form.positive} />
      <Select id="group" value={form.group} any="Any outcome group" options={OUTCOME_GROUP_OPTIONS} />
      <Text
        id="outcomeby"
        hint="Count only outcomes dated on or before this day, for example 31/3/2026"
        value={form.outcomeby}
        maxLength={20}
        width="govuk-input--width-10"
      />
      <YesNoSelect id="domestic" value={form.domestic} />
      <YesNoSelect id="scrutiny" value={form.scrutiny} />
      <YesNoSelect id="inhotspot" value={form.inhotspot} />
      <OfficerCombobox
        label={FILTER_LABELS.oic}
        hint="Type part of the officer's name"
        selected={options.officer}
        typed={options.officer ? undefined : form.oic}
      />
      <YesNoSelect id="flagged" value={form.flagged} />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <ChoiceItem type="checkbox" id="mine" name="mine" value="yes" checked={form.mine === "yes"}>
            My cases (I am the officer in charge)
          </ChoiceItem>
        </div>
      </div>
    </FilterPanel>
  );
}

/** A yes/no filter: "Either" (not filtering), "Yes" or "No". */
function YesNoSelect({ id, value }: { id: FilterKey; value?: string }) {
  return <Select id={id} value={value} any="Either" options={YES_NO} />;
}

/** What a selected-filter tag says: the option's label, not its id. */
function valueLabels(options: OffenceFilterOptions) {
  return (key: FilterKey, value: string): string => {
    const n = Number(value);
    switch (key) {
      case "year":
        return Number.isInteger(n) ? performanceYearLabel(n) : value;
      case "npu":
        return options.npus.find((o) => o.id === n)?.name ?? value;
      case "hotspot":
        return options.hotspots.find((o) => o.id === n)?.name ?? value;
      case "oic":
        return options.officer?.id === n ? options.officer.name : value;
      case "category":
        return SCRUTINY_CATEGORIES.find((c) => c.code === value)?.name ?? value;
      case "status":
        return STATUS_LABELS[value as keyof typeof STATUS_LABELS]?.text ?? value;
      case "knife":
      case "u25":
      case "recovered":
      case "flagged":
      case "mine":
      case "scrutiny":
      case "inhotspot":
      case "outcomed":
      case "positive":
      case "domestic":
        return value === "yes" ? "Yes" : value === "no" ? "No" : value;
      case "group":
        return OUTCOME_GROUPS.find((g) => g.slug === value)?.label ?? value;
      default:
        return value;
    }
  };
}

function Text({
  id,
  hint,
  value,
  maxLength,
  width,
}: {
  id: FilterKey;
  hint: string;
  value?: string;
  maxLength: number;
  width?: string;
}) {
  return (
    <FilterText
      id={id}
      label={FILTER_LABELS[id]}
      hint={hint}
      value={value}
      maxLength={maxLength}
      width={width}
    />
  );
}

function Select({
  id,
  value,
  any,
  options,
}: {
  id: FilterKey;
  value?: string;
  any: string;
  options: readonly FilterOption[];
}) {
  return <FilterSelect id={id} label={FILTER_LABELS[id]} value={value} any={any} options={options} />;
}
