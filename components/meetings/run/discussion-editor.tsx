"use client";

import { useEffect, useRef, useState } from "react";
import { recordDiscussionAction } from "@/app/meetings/[id]/run/actions";
import { formatTime } from "@/lib/dates/format";

// The item's discussion note, saved as the chair types (debounced) and when they leave the field
// or tick "discussed". Until the server has it, the text is also kept in this browser's
// localStorage, so closing the browser mid-meeting loses nothing: it is restored (and saved) on the
// next visit, and removed from the browser as soon as the server has it. A save that meets someone
// else's newer version keeps the chair's text and shows the saved one beside it.

type Props = { itemId: number; version: number; note: string; discussed: boolean };
type Backup = { text: string; discussed: boolean };
type Status =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "restored" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string; savedNote: string; savedVersion: number };

const DEBOUNCE_MS = 800;
const keyFor = (itemId: number) => `captiva:discussion:${itemId}`;

function readBackup(itemId: number): Backup | null {
  try {
    const raw = window.localStorage.getItem(keyFor(itemId));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

type Saver = {
  version: number;
  latest: Backup;
  saved: Backup;
  inFlight: boolean;
  timer: ReturnType<typeof setTimeout> | null;
};

export function DiscussionEditor({
  itemId,
  version: initialVersion,
  note,
  discussed: initialDiscussed,
}: Props) {
  const [text, setText] = useState(note);
  const [discussed, setDiscussed] = useState(initialDiscussed);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // Mutable saving state that must not re-render: the version the server last gave, what was typed
  // last, what the server holds, and the debounce timer.
  const saver = useRef<Saver>({
    version: initialVersion,
    latest: { text: note, discussed: initialDiscussed },
    saved: { text: note, discussed: initialDiscussed },
    inFlight: false,
    timer: null,
  });

  async function save(force = false): Promise<void> {
    const st = saver.current;
    if (st.timer) clearTimeout(st.timer);
    st.timer = null;
    if (st.inFlight) return;
    let retryOwnSave = false;
    const sending = st.latest;
    if (!force && sending.text === st.saved.text && sending.discussed === st.saved.discussed) return;
    st.inFlight = true;
    setStatus({ kind: "saving" });
    try {
      const result = await recordDiscussionAction({
        agendaItemId: itemId,
        version: st.version,
        discussionNote: sending.text,
        discussed: sending.discussed,
      });
      if (result.ok) {
        st.version = result.data.version;
        st.saved = sending;
        if (st.latest.text === sending.text && st.latest.discussed === sending.discussed) {
          window.localStorage.removeItem(keyFor(itemId));
          setStatus({ kind: "saved", at: new Date(result.data.savedAt) });
        }
      } else if (result.error.code === "CONFLICT") {
        const fields = result.error.fieldErrors ?? {};
        // The "other" change holds this very text: our own earlier save (a reload while a debounced
        // save was still in flight from the old page). Not a conflict: adopt its version and resend,
        // so the discussed box is saved too.
        if ((fields.savedNote?.[0] ?? "") === sending.text && fields.savedVersion?.[0]) {
          st.version = Number(fields.savedVersion[0]);
          retryOwnSave = true;
          return;
        }
        setStatus({
          kind: "conflict",
          message: fields._form?.[0] ?? result.error.message,
          savedNote: fields.savedNote?.[0] ?? "",
          savedVersion: Number(fields.savedVersion?.[0] ?? st.version),
        });
        return;
      } else {
        setStatus({
          kind: "error",
          message:
            result.error.fieldErrors?.discussionNote?.[0] ??
            result.error.fieldErrors?._form?.[0] ??
            result.error.message,
        });
        return;
      }
    } catch {
      setStatus({
        kind: "error",
        message:
          "Not saved: the connection failed. Your note is kept in this browser and will be saved when you type again.",
      });
      return;
    } finally {
      st.inFlight = false;
      if (retryOwnSave) void save(true);
    }
    // Typed while the save was in flight: save that too.
    if (st.latest.text !== st.saved.text || st.latest.discussed !== st.saved.discussed) schedule();
  }

  function schedule() {
    const st = saver.current;
    if (st.timer) clearTimeout(st.timer);
    st.timer = setTimeout(() => void save(), DEBOUNCE_MS);
  }

  function change(next: Backup, immediate = false) {
    saver.current.latest = next;
    window.localStorage.setItem(keyFor(itemId), JSON.stringify(next));
    setStatus((s) => (s.kind === "conflict" ? s : { kind: "pending" }));
    if (immediate) void save();
    else schedule();
  }

  // On arrival: restore what this browser kept but the server never received (after hydration,
  // since the server cannot see localStorage).
  const saveOnRestore = useRef(save);
  useEffect(() => {
    saveOnRestore.current = save;
  });
  useEffect(() => {
    const st = saver.current;
    const restore = setTimeout(() => {
      const backup = readBackup(itemId);
      if (backup && (backup.text !== note || backup.discussed !== initialDiscussed)) {
        st.latest = backup;
        setText(backup.text);
        setDiscussed(backup.discussed);
        setStatus({ kind: "restored" });
        void saveOnRestore.current();
      } else if (backup) {
        window.localStorage.removeItem(keyFor(itemId));
      }
    }, 0);
    return () => {
      clearTimeout(restore);
      if (st.timer) clearTimeout(st.timer);
    };
  }, [itemId, note, initialDiscussed]);

  function keepMine() {
    if (status.kind !== "conflict") return;
    saver.current.version = status.savedVersion;
    setStatus({ kind: "pending" });
    void save(true);
  }

  return (
    <div data-testid="discussion-editor">
      {status.kind === "conflict" ? (
        <div className="govuk-error-summary" role="alert" data-testid="discussion-conflict">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{status.message}</p>
            <p className="govuk-body govuk-!-font-weight-bold">The saved note:</p>
            <p className="govuk-inset-text" data-testid="saved-note">
              {status.savedNote || "(empty)"}
            </p>
            <button type="button" className="govuk-button govuk-button--warning" onClick={keepMine}>
              Replace the saved note with mine
            </button>
          </div>
        </div>
      ) : null}
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--m" htmlFor="discussion-note">
          Discussion note
        </label>
        <div className="govuk-hint" id="discussion-note-hint">
          Saved as you type.
        </div>
        <textarea
          id="discussion-note"
          className="govuk-textarea"
          rows={8}
          aria-describedby="discussion-note-hint discussion-status"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            change({ text: e.target.value, discussed: saver.current.latest.discussed });
          }}
          onBlur={() => void save()}
        />
      </div>
      <div
        className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4"
        data-module="govuk-checkboxes"
      >
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="discussed"
            type="checkbox"
            checked={discussed}
            onChange={(e) => {
              setDiscussed(e.target.checked);
              change({ text: saver.current.latest.text, discussed: e.target.checked }, true);
            }}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="discussed">
            Mark this item as discussed
          </label>
        </div>
      </div>
      <p
        className="govuk-body-s"
        id="discussion-status"
        role="status"
        aria-live="polite"
        data-testid="discussion-status"
      >
        {statusText(status)}
      </p>
    </div>
  );
}

function statusText(status: Status): string {
  switch (status.kind) {
    case "pending":
      return "Not saved yet – kept in this browser.";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${formatTime(status.at)}.`;
    case "restored":
      return "Restored the note you typed before the browser closed; saving it now.";
    case "error":
      return status.message;
    case "conflict":
      return "Not saved: someone else changed this item.";
    default:
      return "";
  }
}
