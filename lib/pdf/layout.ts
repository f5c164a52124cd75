// The shape of a forum document, shared by the agenda pack and the minutes, and the pure layout
// rules behind it (unit-tested beside this file).

export const MARKING = "OFFICIAL-SENSITIVE";

export type PdfBlock =
  | { kind: "paragraph"; text: string }
  /** Italic: the analyst's annotation, a chair's note. */
  | { kind: "note"; text: string }
  | { kind: "list"; items: string[] }
  /** Label/value rows, like a summary list. */
  | { kind: "facts"; rows: [label: string, value: string][] };

/** A numbered item, e.g. "1.3 Knife-used 5D in Dudley"; number it exactly as on screen. */
export type PdfItem = { number: string; title: string; blocks: PdfBlock[] };

export type PdfSection = { number: string; title: string; blocks?: PdfBlock[]; items: PdfItem[] };

export type PdfDocumentInput = {
  title: string;
  /** Lines under the title: date, place, version. */
  subtitle?: string[];
  /** Defaults to OFFICIAL-SENSITIVE; printed in the header and footer of every page. */
  marking?: string;
  sections: PdfSection[];
};

export function pageLabel(page: number, of: number): string {
  return `Page ${page} of ${of}`;
}

/** Pages the contents list needs: the first holds `first` lines under the title, later ones `other`. */
export function contentsPagesNeeded(entries: number, first: number, other: number): number {
  if (entries <= Math.max(first, 0)) return 1;
  return 1 + Math.ceil((entries - Math.max(first, 0)) / Math.max(other, 1));
}
