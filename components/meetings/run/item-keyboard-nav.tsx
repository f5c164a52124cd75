"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

// "n" and "p" step to the next and previous item, as the visible Next/Previous links do. Keys typed
// into a field (the note, a decision, an action) are left alone, as are keys with a modifier.

export function ItemKeyboardNav({
  previousHref,
  nextHref,
}: {
  previousHref: string | null;
  nextHref: string | null;
}) {
  const router = useRouter();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)))
        return;
      const href = event.key === "n" ? nextHref : event.key === "p" ? previousHref : null;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [router, previousHref, nextHref]);
  return null;
}
