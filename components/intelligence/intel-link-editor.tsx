"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Fragment, useState } from "react";
import { LinkPicker } from "@/components/intelligence/link-picker";
import { changeIntelligenceLinkAction } from "@/app/intelligence/actions";
import type { IntelLinkRow } from "@/lib/intelligence/intel-dto";
import type { LinkKind } from "@/lib/intelligence/schemas";

// The record's links, for analysts (intel.write): remove a link, or find and add a person, an
// offence or a group. Each change is one audited action; the page then reloads its links.

// Persons and offences are found by typing (the picker searches); groups are few, so a select.
const PICKED = [
  {
    kind: "person",
    title: "People",
    label: "Link a person",
    hint: "Forenames and surname, or just the surname",
  },
  { kind: "offence", title: "Offences", label: "Link an offence", hint: "The crime reference, or its start" },
] as const;

type Props = {
  itemId: number;
  persons: IntelLinkRow[];
  offences: IntelLinkRow[];
  groups: IntelLinkRow[] | null;
  groupChoices: { id: number; name: string }[];
};

export function IntelLinkEditor({ itemId, persons, offences, groups, groupChoices }: Props) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [groupId, setGroupId] = useState("");

  async function change(kind: LinkKind, targetId: number, linked: boolean) {
    setProblem(null);
    const result = await changeIntelligenceLinkAction({ itemId, kind, targetId, linked });
    if (result.ok) router.refresh();
    else setProblem(result.error.message);
  }

  return (
    <div data-testid="intel-link-editor">
      {problem ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{problem}</p>
          </div>
        </div>
      ) : null}
      {PICKED.map(({ kind, title, label, hint }) => {
        const rows = kind === "person" ? persons : offences;
        return (
          <Fragment key={kind}>
            <LinkList title={title} kind={kind} rows={rows} onRemove={(id) => void change(kind, id, false)} />
            <LinkPicker
              kind={kind}
              label={label}
              hint={hint}
              chosen={rows.map((r) => r.id)}
              onChoose={(t) => change(kind, t.id, true)}
            />
          </Fragment>
        );
      })}
      {groups ? (
        <>
          <LinkList
            title="Groups"
            kind="group"
            rows={groups}
            onRemove={(id) => void change("group", id, false)}
          />
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="link-group">
              Link a group
            </label>
            <div className="govuk-button-group">
              <select
                className="govuk-select"
                id="link-group"
                value={groupId}
                onChange={(e) => setGroupId(e.target.value)}
              >
                <option value="">Choose a group</option>
                {groupChoices
                  .filter((g) => !groups.some((l) => l.id === g.id))
                  .map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
              </select>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                disabled={!groupId}
                onClick={() => void change("group", Number(groupId), true)}
              >
                Link group
              </button>
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}

function LinkList({
  title,
  kind,
  rows,
  onRemove,
}: {
  title: string;
  kind: LinkKind;
  rows: IntelLinkRow[];
  onRemove: (id: number) => void;
}) {
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{title}</h3>
      {rows.length === 0 ? (
        <p className="govuk-body">None linked.</p>
      ) : (
        <ul className="govuk-list" data-testid={`linked-${kind}s`}>
          {rows.map((r) => (
            <li key={r.id}>
              <Link className="govuk-link" href={r.href}>
                {r.label}
              </Link>{" "}
              <button
                type="button"
                className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                data-module="govuk-button"
                onClick={() => onRemove(r.id)}
              >
                Remove link<span className="govuk-visually-hidden"> to {r.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
