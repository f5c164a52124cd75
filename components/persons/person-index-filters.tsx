import { DateGetInput } from "@/components/forms/date-boxes";
import { ChoiceItem } from "@/components/ui/choice-item";
import {
  FilterPanel,
  FilterSelect,
  FilterText,
  labelOptions,
  nameOptions,
} from "@/components/ui/filter-panel";
import type { SelectedFilter } from "@/components/ui/filter-panel";
import type { DayParts } from "@/lib/dates/day";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import { REPEAT_LABELS, type PersonIndexFilters, type PersonIndexInput } from "@/lib/persons/index-filters";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

// The people index's filter panel (issue 18). It searches by name and date of birth, so its form
// posts and comes back sealed (lib/security/sealed-query.ts); each selected filter is a tag that
// removes it, through `hrefFor`, which the page seals. The group-member filter is offered only to
// roles that may read groups.

const ROLE_OPTIONS = labelOptions(PERSON_ROLE_LABELS);
const REPEAT_OPTIONS = labelOptions(REPEAT_LABELS);

type Props = {
  input: PersonIndexInput;
  /** What was typed in the name box, shown again (cut) when it could not be searched. */
  typed: string;
  npus: { id: number; name: string }[];
  mayGroups: boolean;
  /** The sealed address of the index with these filters (the page builds it: sealing is server-only). */
  hrefFor: (filters: PersonIndexFilters) => string;
};

export function PersonIndexFilterPanel({ input, typed, npus, mayGroups, hrefFor }: Props) {
  const { filters, dobParts, errors } = input;
  const error = (field: "q" | "dob") => errors.find((e) => e.field === field)?.message;
  return (
    <FilterPanel
      testId="person-filters"
      action="/persons"
      sealed
      selected={selectedTags(filters, npus, hrefFor)}
      clearHref="/persons"
    >
      <FilterText
        id="q"
        label="Name or nominal id"
        hint="Names may be misspelt or in either order."
        value={filters.q ?? typed.slice(0, MAX_QUERY_LENGTH)}
        error={error("q")}
        maxLength={MAX_QUERY_LENGTH}
      />
      <DateGetInput
        id="dob"
        legend="Date of birth"
        hint="For example, 27 3 2007"
        defaults={dobParts as DayParts}
        error={error("dob")}
      />
      <FilterSelect id="npu" label="NPU" value={filters.npuId} any="Any NPU" options={nameOptions(npus)} />
      <FilterSelect
        id="role"
        label="Role on an offence"
        value={filters.role}
        any="Any role"
        options={ROLE_OPTIONS}
      />
      <FilterSelect id="repeat" label="Repeat" value={filters.repeat} any="Any" options={REPEAT_OPTIONS} />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Only people who are</legend>
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <ChoiceItem type="checkbox" id="u25" name="u25" value="yes" checked={filters.under25}>
              Under 25
            </ChoiceItem>
            {mayGroups ? (
              <ChoiceItem type="checkbox" id="group" name="group" value="yes" checked={filters.groupMember}>
                Group members
              </ChoiceItem>
            ) : null}
            <ChoiceItem
              type="checkbox"
              id="referral"
              name="referral"
              value="open"
              checked={filters.openReferral}
            >
              With an open referral
            </ChoiceItem>
          </div>
        </fieldset>
      </div>
    </FilterPanel>
  );
}

function selectedTags(
  f: PersonIndexFilters,
  npus: { id: number; name: string }[],
  hrefFor: Props["hrefFor"],
): SelectedFilter[] {
  const tag = (key: string, text: string, without: Partial<PersonIndexFilters>): SelectedFilter => ({
    key,
    text,
    href: hrefFor({ ...f, ...without }),
  });
  return [
    f.q ? tag("q", `‘${f.q}’`, { q: null }) : null,
    f.dateOfBirth ? tag("dob", "Date of birth", { dateOfBirth: null }) : null,
    f.npuId ? tag("npu", npus.find((n) => n.id === f.npuId)?.name ?? "NPU", { npuId: null }) : null,
    f.role ? tag("role", PERSON_ROLE_LABELS[f.role], { role: null }) : null,
    f.repeat ? tag("repeat", REPEAT_LABELS[f.repeat], { repeat: null }) : null,
    f.under25 ? tag("u25", "Under 25", { under25: false }) : null,
    f.groupMember ? tag("group", "Group members", { groupMember: false }) : null,
    f.openReferral ? tag("referral", "Open referral", { openReferral: false }) : null,
  ].filter((t): t is SelectedFilter => t !== null);
}
