// A phase-banner line under the header: what this service is and where to get help.

export function HelpLine() {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Pilot</strong>
        <span className="govuk-phase-banner__text">
          This service holds synthetic data only. For help with the service, contact the force knife-crime
          analyst team.
        </span>
      </p>
    </div>
  );
}
