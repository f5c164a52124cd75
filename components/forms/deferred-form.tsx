"use client";

import { use, useEffect, useRef, useState, useSyncExternalStore, type ComponentType, type JSX } from "react";
import { flushSync } from "react-dom";

/**
 * A form whose code (the component and react-hook-form, ~13 KB gzipped) loads when the user starts
 * on it, not with the page (issue 15: ≤ 150 KB of JavaScript per route). Each form has a module of
 * its own beside it, so the bundler gives the form a chunk of its own:
 *
 *     "use client";
 *     import { deferred } from "@/components/forms/deferred-form";
 *     export const XForm = deferred(() => import("./x-form").then((m) => m.XForm));
 *
 * and the page imports that one. The server renders the form as before, inside a <div>. In the
 * browser that div keeps the server's HTML, untouched and usable (typing, choosing), until the user
 * first focuses, presses or types in it; then the code loads and the form is drawn by React in its
 * place, the same markup, with what was typed, where the focus was, and any submit or button press
 * made in the meantime made again, once. Reached by a client-side navigation there is no server
 * HTML to keep, so the code loads at once.
 *
 * Why not <Suspense> around the form, so React hydrates the server HTML in place: React 19.2's
 * server renderer sends a large finished boundary apart from the page (a hidden div that a script
 * moves in), so without JavaScript the form was not shown at all.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let Loaded: ComponentType<P> | undefined;
  let loading: Promise<unknown> | undefined;
  const waiting = new Set<() => void>();
  let arrive: (form: ComponentType<P>) => void = () => undefined;
  const arrived = new Promise<ComponentType<P>>((resolve) => (arrive = resolve));
  const start = () =>
    (loading ??= load().then(
      (form) => {
        arrive((Loaded = form));
        for (const show of waiting) show();
      },
      () => (loading = undefined), // the next start() tries again
    ));
  // The server renders the real form, so the page's HTML is the same as without deferring.
  if (typeof window === "undefined") void start();

  function DeferredForm(props: P): JSX.Element {
    // True while hydrating server HTML (the server snapshot), false when first drawn in the browser.
    const hydrating = useSyncExternalStore(subscribeNever, isClient, isServer);
    const [fromServer] = useState(hydrating);
    const [Form, setForm] = useState(() => Loaded);
    const box = useRef<HTMLDivElement>(null);

    useEffect(() => {
      const el = box.current;
      if (!el || Form) return;
      const held: Held = {};
      const show = () => {
        const state = snapshot(el, held);
        // React does not own the server's HTML here (it is the div's "inner HTML"): take it out and
        // draw the form in the same frame, so nothing moves.
        el.replaceChildren();
        flushSync(() => setForm(() => Loaded));
        replay(el, state);
      };
      waiting.add(show);
      if (Loaded) show();
      if (!fromServer) void start();
      // On the window, capturing: before anything else on the page sees the event.
      const onEvent = (event: Event) => {
        const { target, type } = event;
        if (!(target instanceof Element) || !el.contains(target) || !waiting.has(show)) return;
        void start();
        const button = type === "click" ? target.closest("button") : null;
        if (button?.type === "button") {
          // A button the form's code handles (e.g. a search) would do nothing yet: pressed again once live.
          event.preventDefault();
          held.button = button;
        }
        if (type === "submit" && target instanceof HTMLFormElement) {
          // The browser would post the page natively: held, and made again (once) when the form is live.
          event.preventDefault();
          held.form = target;
          held.submitter = (event as SubmitEvent).submitter ?? undefined;
        }
      };
      if (fromServer) for (const type of EVENTS) window.addEventListener(type, onEvent, true);
      return () => {
        waiting.delete(show);
        for (const type of EVENTS) window.removeEventListener(type, onEvent, true);
      };
    }, [Form, fromServer]);

    if (typeof window === "undefined") {
      const Component = Loaded ?? use(arrived);
      return (
        <div>
          <Component {...props} />
        </div>
      );
    }
    if (Form)
      return (
        <div ref={box}>
          <Form {...props} />
        </div>
      );
    // While hydrating, an empty inner HTML tells React to leave the server's form as it is.
    return fromServer ? (
      <div ref={box} suppressHydrationWarning dangerouslySetInnerHTML={KEEP} />
    ) : (
      <div ref={box} />
    );
  }
  DeferredForm.displayName = "DeferredForm";
  return DeferredForm;
}

/** What the user pressed before the form was live. */
type Held = { button?: HTMLElement; form?: HTMLFormElement; submitter?: HTMLElement };
type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
/** Elements by their place in the box: the form React draws has the same markup as the server's. */
type State = {
  values: [number, string | boolean][];
  focus?: [number, number | null, number | null];
  held: [keyof Held, number][];
};

const KEEP = { __html: "" };
/** The user starting on the form, pressing its buttons, submitting it. */
const EVENTS = ["focusin", "pointerdown", "keydown", "input", "click", "submit"] as const;

const subscribeNever = () => () => undefined;
const isClient = () => false;
const isServer = () => true;

function snapshot(box: HTMLElement, held: Held): State {
  const all = [...box.querySelectorAll("*")];
  const values: State["values"] = [];
  all.forEach((el, i) => {
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.checked !== el.defaultChecked) values.push([i, el.checked]);
    } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      if (el.value !== el.defaultValue) values.push([i, el.value]);
    } else if (el instanceof HTMLSelectElement) {
      // With no option marked selected, the browser shows the first.
      const shown = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
      if (el.value !== (shown?.value ?? "")) values.push([i, el.value]);
    }
  });
  const active = document.activeElement;
  const at = active ? all.indexOf(active) : -1;
  const text = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : null;
  return {
    values,
    focus: at >= 0 ? [at, selection(text, "start"), selection(text, "end")] : undefined,
    held: (Object.keys(held) as (keyof Held)[]).map((key) => [key, all.indexOf(held[key]!)]),
  };
}

function selection(el: HTMLInputElement | HTMLTextAreaElement | null, end: "start" | "end"): number | null {
  try {
    return el ? (end === "start" ? el.selectionStart : el.selectionEnd) : null;
  } catch {
    return null; // types without a text selection (e.g. number)
  }
}

function replay(box: HTMLElement, state: State) {
  const all = [...box.querySelectorAll("*")];
  // Through the events the form listens to, so its state has what was typed too.
  for (const [i, value] of state.values) {
    const el = all[i];
    if (
      el instanceof HTMLInputElement ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLSelectElement
    )
      restore(el, value);
  }
  if (state.focus) {
    const [i, start, end] = state.focus;
    const el = all[i];
    if (el instanceof HTMLElement) el.focus();
    if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && start !== null)
      el.setSelectionRange(start, end);
  }
  const held = Object.fromEntries(state.held.map(([key, i]) => [key, all[i]])) as Held;
  if (held.button instanceof HTMLButtonElement) held.button.click();
  if (held.form instanceof HTMLFormElement) {
    const submitter = held.submitter as HTMLButtonElement | undefined;
    held.form.requestSubmit(submitter?.form === held.form ? submitter : null);
  }
}

function restore(control: FormControl, value: string | boolean) {
  if (typeof value === "boolean") {
    if (control instanceof HTMLInputElement && control.checked !== value) control.click();
    return;
  }
  // The prototype's setter, not the element's: React watches the element's own `value` and would
  // take a plain assignment for its own, and then not report the change.
  const proto = Object.getPrototypeOf(control) as object;
  Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(control, value);
  control.dispatchEvent(new Event("input", { bubbles: true }));
  control.dispatchEvent(new Event("change", { bubbles: true }));
}
