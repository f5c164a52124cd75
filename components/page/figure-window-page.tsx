import type { ReactNode } from "react";
import { FigureWindowErrors, FigureWindowForm } from "@/components/figures/figure-window-form";
import type { IsoDay } from "@/lib/dates/day";
import type { FigureWindow } from "@/lib/figures/rules";

// The top of a page whose figures are as at a date in its URL (figures, returns, hotspots): the
// date's error summary above the heading, what the page counts, then the as-at form that reloads
// it. The pages wrote this scaffold out each time.

export function FigureWindowPage({
  title,
  intro,
  window,
  today,
  action,
  children,
}: {
  title: string;
  /** The paragraph under the heading. */
  intro: ReactNode;
  window: FigureWindow;
  today: IsoDay;
  /** The page's own path: the as-at form reloads it. */
  action: string;
  children: ReactNode;
}) {
  return (
    <>
      <FigureWindowErrors window={window} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{intro}</p>
      <FigureWindowForm window={window} today={today} action={action} />
      {children}
    </>
  );
}
