import { SecurityMarking } from "@/components/layout/security-marking";

// GOV.UK footer without the crown, the Open Government Licence or Crown copyright: this is an
// internal police system, and its content is not for re-use.

export function SiteFooter() {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                <strong>Synthetic data only.</strong> No real person, address or crime reference is held in
                this system.
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                Captiva Guardian supports the force&apos;s governance of serious youth violence involving
                knives. Every screen, print and export is marked OFFICIAL-SENSITIVE: handle it accordingly.
              </p>
            </div>
          </div>
        </div>
      </div>
      <SecurityMarking position="bottom" />
    </footer>
  );
}
