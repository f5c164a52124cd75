import type { ReactNode } from "react";

// MOJ's wide layout for list and register pages: the page's width container drops GOV.UK's 960 px
// limit (app/styles/_layout.scss, `.app-wide-page`), so a table with many columns — the offence
// list has up to fifteen — fits a 1280 px screen instead of scrolling sideways.

export function WidePage({ children }: { children: ReactNode }) {
  return <div className="app-wide-page">{children}</div>;
}
