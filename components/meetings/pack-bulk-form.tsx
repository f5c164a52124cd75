"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { bulkAgendaItemsAction } from "@/app/meetings/[id]/actions";
import { EMPTY_SELECTION_MESSAGE } from "@/lib/meetings/messages";
import { MOVABLE_SECTIONS } from "@/lib/meetings/form-fields";
import { SECTIONS } from "@/lib/meetings/rules";

// Bulk curation of a pack at real size (issue 12): the checkboxes beside each item belong to this
// form through their `form` attribute, so the page stays a server component and the items stay
// where they are. All or nothing: a conflict changes nothing and says which items moved on.

export const BULK_FORM_ID = "pack-bulk-form";

export function PackBulkForm({ meetingId }: { meetingId: number }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const operation = (submitter?.value ?? "remove") as "remove" | "restore" | "move";
    const data = new FormData(event.currentTarget);
    const items = data.getAll("item").map((v) => {
      const [itemId, version] = String(v).split(":").map(Number);
      return { itemId: itemId!, version: version! };
    });
    if (items.length === 0) {
      setMessage({ ok: false, text: EMPTY_SELECTION_MESSAGE });
      return;
    }
    const section = String(data.get("section") ?? "") as (typeof MOVABLE_SECTIONS)[number];
    startTransition(async () => {
      const result = await bulkAgendaItemsAction({
        meetingId,
        items,
        operation,
        ...(operation === "move" ? { section } : {}),
      });
      if (result.ok) {
        const n = result.data.changed;
        const what = `${n} ${n === 1 ? "item" : "items"}`;
        setMessage({
          ok: true,
          text:
            operation === "remove"
              ? `${what} removed.`
              : operation === "restore"
                ? `${what} restored.`
                : `${what} moved.`,
        });
        form.current?.reset();
      } else {
        setMessage({ ok: false, text: result.error.message });
      }
      router.refresh();
    });
  }

  return (
    <form
      method="post"
      id={BULK_FORM_ID}
      ref={form}
      onSubmit={submit}
      className="app-no-print"
      aria-labelledby="bulk-heading"
      data-testid="bulk-form"
    >
      <h2 className="govuk-heading-s" id="bulk-heading">
        Change several items at once
      </h2>
      <p className="govuk-hint">Tick “Select” on the items, then choose what to do with them.</p>
      {message ? (
        message.ok ? (
          <p className="govuk-inset-text" role="status" data-testid="bulk-message">
            {message.text}
          </p>
        ) : (
          <p className="govuk-error-message" role="alert" data-testid="bulk-error">
            <span className="govuk-visually-hidden">Error:</span> {message.text}
          </p>
        )
      ) : null}
      <div className="govuk-button-group">
        <button
          type="submit"
          name="operation"
          value="remove"
          className="govuk-button govuk-button--warning"
          disabled={pending}
        >
          Remove selected
        </button>
        <button
          type="submit"
          name="operation"
          value="restore"
          className="govuk-button govuk-button--secondary"
          disabled={pending}
        >
          Restore selected
        </button>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="bulk-section">
          Section to move the selected items to
        </label>
        <select className="govuk-select" id="bulk-section" name="section" defaultValue="FREE">
          {SECTIONS.filter((s) => (MOVABLE_SECTIONS as readonly string[]).includes(s.kind)).map((s) => (
            <option key={s.kind} value={s.kind}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        name="operation"
        value="move"
        className="govuk-button govuk-button--secondary"
        disabled={pending}
      >
        Move selected
      </button>
    </form>
  );
}

/** The checkbox beside an item; it belongs to the bulk form wherever it sits on the page. */
export function SelectItem({ itemId, version, label }: { itemId: number; version: number; label: string }) {
  const id = `select-${itemId}`;
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small app-no-print" data-module="govuk-checkboxes">
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={id}
          type="checkbox"
          name="item"
          value={`${itemId}:${version}`}
          form={BULK_FORM_ID}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          Select<span className="govuk-visually-hidden"> {label}</span>
        </label>
      </div>
    </div>
  );
}
