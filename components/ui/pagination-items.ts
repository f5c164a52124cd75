// Which page numbers GOV.UK pagination shows: the first, the last, the current page and its
// neighbours, with an ellipsis for each gap of more than one page.

export type PaginationItem = number | "ellipsis";

export function paginationItems(currentPage: number, totalPages: number): PaginationItem[] {
  if (totalPages <= 1) return [];
  const current = Math.min(Math.max(1, currentPage), totalPages);
  const shown = new Set([1, totalPages, current - 1, current, current + 1]);
  const pages = [...shown].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b);

  const items: PaginationItem[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2)
      items.push(previous + 1); // a gap of one page: show it, not "…"
    else if (page - previous > 2) items.push("ellipsis");
    items.push(page);
    previous = page;
  }
  return items;
}
