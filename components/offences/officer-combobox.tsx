"use client";

import { useId, useRef, useState, useSyncExternalStore } from "react";
import { findOfficersAction } from "@/app/offences/list-actions";

// The officer-in-charge filter (issue 15): a type-ahead instead of a select of every officer on
// every page view. Without JavaScript (or before it loads) it is a plain text field named "oic":
// the list then filters by officers whose name contains the words typed. With JavaScript it is an
// ARIA 1.2 combobox (list autocomplete): typing asks for at most 10 matching names, arrow keys move
// through them, Enter or a click picks one, Escape closes; picking puts the officer's id in the
// form, so the filter is exact even when two officers share a name.

type Officer = { id: number; name: string };
const noSubscribe = () => () => {};
type Props = { label: string; hint: string; selected: Officer | null; typed?: string };

export function OfficerCombobox({ label, hint, selected, typed }: Props) {
  const [text, setText] = useState(selected?.name ?? typed ?? "");
  const [picked, setPicked] = useState<Officer | null>(selected);
  const [options, setOptions] = useState<Officer[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // False on the server and during hydration, true once the page's JavaScript runs.
  const enhanced = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const asked = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const listId = useId();

  const suggest = (typed: string) => {
    clearTimeout(timer.current);
    const words = typed.trim();
    const ask = ++asked.current;
    if (words.length < 2) {
      setOptions([]);
      return;
    }
    // Debounced: one request per pause in typing, not one per key.
    timer.current = setTimeout(async () => {
      const result = await findOfficersAction({ text: words });
      if (ask !== asked.current) return; // a later keystroke's answer wins
      setOptions(result.ok ? result.data : []);
      setActive(-1);
      setOpen(true);
    }, 200);
  };

  const choose = (officer: Officer) => {
    setPicked(officer);
    setText(officer.name);
    setOpen(false);
    setActive(-1);
  };
  const expanded = open && text.trim().length >= 2;

  return (
    <div className="govuk-form-group app-combobox">
      <label className="govuk-label govuk-label--s" htmlFor="oic">
        {label}
      </label>
      <div className="govuk-hint" id="oic-hint">
        {hint}
      </div>
      {enhanced && picked ? <input type="hidden" name="oic" value={picked.id} /> : null}
      <input
        className="govuk-input"
        id="oic"
        // Unenhanced, the typed name is the filter; enhanced, the picked id is (or the text, when none was picked).
        name={enhanced && picked ? undefined : "oic"}
        type="text"
        value={text}
        maxLength={80}
        spellCheck={false}
        autoComplete="off"
        aria-describedby="oic-hint"
        {...(enhanced
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listId,
              "aria-activedescendant": expanded && active >= 0 ? `${listId}-${active}` : undefined,
            }
          : {})}
        onChange={(event) => {
          setText(event.target.value);
          if (picked && event.target.value !== picked.name) setPicked(null);
          suggest(event.target.value);
        }}
        onKeyDown={(event) => {
          if (!expanded || options.length === 0) return;
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            const step = event.key === "ArrowDown" ? 1 : -1;
            setActive((i) => (i + step + options.length) % options.length);
          } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault(); // picks; a second Enter applies the filters
            choose(options[active]!);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {enhanced ? (
        <ul
          className="app-combobox__list"
          id={listId}
          role="listbox"
          aria-label={`${label} suggestions`}
          hidden={!expanded || options.length === 0}
        >
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`app-combobox__option${i === active ? " app-combobox__option--active" : ""}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(o)}
            >
              {o.name}
            </li>
          ))}
        </ul>
      ) : null}
      {enhanced ? (
        <div className="govuk-visually-hidden" role="status" aria-live="polite">
          {expanded
            ? options.length === 0
              ? "No officer found"
              : `${options.length} ${options.length === 1 ? "officer" : "officers"} found`
            : ""}
        </div>
      ) : null}
    </div>
  );
}
