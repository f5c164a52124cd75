import type { ReactNode, Ref } from "react";

// The GOV.UK notification banner: "Important" (a region: the sign-in page's notices) or "Success"
// (an alert, announced when it appears: a change saved). No hooks, so a server page renders it;
// the saved banner (components/forms/saved-banner) adds the focus it takes when it appears.

type Props = {
  /** The id of its title, which names it. */
  titleId: string;
  heading: ReactNode;
  success?: boolean;
  testId?: string;
  tabIndex?: number;
  ref?: Ref<HTMLDivElement>;
  /** Under the heading: a link to what was saved. */
  children?: ReactNode;
};

export function NotificationBanner({
  titleId,
  heading,
  success = false,
  testId,
  tabIndex,
  ref,
  children,
}: Props) {
  return (
    <div
      ref={ref}
      tabIndex={tabIndex}
      className={
        success ? "govuk-notification-banner govuk-notification-banner--success" : "govuk-notification-banner"
      }
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? "Success" : "Important"}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
