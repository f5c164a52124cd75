import { describe, expect, it } from "vitest";
import { formOutcome } from "@/components/forms/form-outcome";
import {
  NOTHING_SAVED_REQUEST,
  nothingSavedServer,
  summaryItems,
} from "@/components/forms/use-action-errors";

// The one form hook's rules (components/forms/use-form-action.ts), without a browser.

describe("formOutcome: what every form does with the action's answer", () => {
  it("goes to the record after a save with somewhere to go", () => {
    expect(formOutcome({ ok: true, data: { id: 7 } }, (d) => `/offences/${d.id}`)).toEqual({
      kind: "go",
      href: "/offences/7",
    });
    expect(formOutcome({ ok: true, data: null }, "/groups/3?saved=member")).toEqual({
      kind: "go",
      href: "/groups/3?saved=member",
    });
  });

  it("stays (saved banner) when the form has nowhere to go", () => {
    expect(formOutcome({ ok: true, data: null })).toEqual({ kind: "stay" });
  });

  it("a repeated create says it was already saved, with the link, and goes nowhere", () => {
    const already = { message: "This was already saved, so it was not saved again.", href: "/meetings/4" };
    expect(formOutcome({ ok: true, data: { id: 4 }, alreadyDone: already }, "/meetings/4")).toEqual({
      kind: "already",
      already,
    });
    expect(formOutcome({ ok: true, data: null, alreadyDone: already })).toEqual({ kind: "already", already });
  });

  it("a conflict is shown and refreshes the page, so saving again carries the saved version", () => {
    const error = { code: "CONFLICT" as const, message: "x", fieldErrors: { _form: ["saved by A"] } };
    expect(formOutcome({ ok: false, error }, "/x")).toEqual({ kind: "error", error, refresh: true });
  });

  it("other errors are shown without a refresh (what was typed stays)", () => {
    const error = { code: "VALIDATION" as const, message: "x", fieldErrors: { title: ["Enter a title"] } };
    expect(formOutcome({ ok: false, error })).toEqual({ kind: "error", error, refresh: false });
  });
});

describe("the error summary's items", () => {
  const fields = ["title", "heldOn", "chairId"] as const;

  it("lists field errors in page order, whatever order they were set in", () => {
    const errors = { chairId: { message: "Select the chair" }, title: { message: "Enter a title" } };
    expect(summaryItems(fields, errors as never, null)).toEqual([
      { fieldId: "title", message: "Enter a title" },
      { fieldId: "chairId", message: "Select the chair" },
    ]);
  });

  it("puts a form-level message (nothing was saved, a conflict) first, linked to the anchor", () => {
    expect(summaryItems(fields, {}, NOTHING_SAVED_REQUEST)).toEqual([
      { fieldId: "title", message: NOTHING_SAVED_REQUEST },
    ]);
    expect(summaryItems(fields, {}, "Saved by A", "meeting-form")[0]).toEqual({
      fieldId: "meeting-form",
      message: "Saved by A",
    });
  });

  it("says plainly that nothing was saved, with the reference to quote", () => {
    expect(NOTHING_SAVED_REQUEST).toMatch(/^Nothing was saved/);
    expect(nothingSavedServer("ab12")).toMatch(/^Nothing was saved.*reference ab12/);
  });
});
