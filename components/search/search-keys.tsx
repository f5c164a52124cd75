"use client";

import { useEffect } from "react";
import { HEADER_SEARCH_ID } from "@/components/search/header-search";

// Keyboard help for the search (issue 18), on top of the links and the form that already work
// with Tab and Enter: "/" (outside a text field) focuses the header box; on a results page the
// arrow keys move between results, top to bottom across the groups.

export function SearchKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const typing =
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement ||
        target?.isContentEditable === true;
      if (event.key === "/" && !typing) {
        const box = document.getElementById(HEADER_SEARCH_ID);
        if (box instanceof HTMLInputElement) {
          event.preventDefault();
          box.focus();
          box.select();
        }
        return;
      }
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      const results = [...document.querySelectorAll<HTMLAnchorElement>("a[data-search-result]")];
      if (results.length === 0) return;
      const inBox = target?.id === HEADER_SEARCH_ID || target?.id === "search-q";
      const at = results.indexOf(target as HTMLAnchorElement);
      if (at === -1 && !inBox) return;
      event.preventDefault();
      const next =
        at === -1
          ? event.key === "ArrowDown"
            ? 0
            : results.length - 1
          : (at + (event.key === "ArrowDown" ? 1 : -1) + results.length) % results.length;
      results[next]!.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
