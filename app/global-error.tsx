"use client";

import "./styles/app.scss";

// Replaces the root layout when the layout itself fails, so it draws its own page: still marked
// OFFICIAL-SENSITIVE, still revealing nothing about the error.

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <title>Sorry, there is a problem with the service – Captiva Guardian</title>
        <header className="govuk-template__header">
          <p className="app-security-marking">OFFICIAL-SENSITIVE</p>
          <div className="govuk-generic-header">
            <div className="govuk-generic-header__container govuk-width-container">
              <div className="govuk-generic-header__logo">
                {/* A full page load, not a client navigation: the app's own layout has failed. */}
                {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
                <a href="/" className="govuk-generic-header__homepage-link">
                  Captiva Guardian
                </a>
              </div>
            </div>
          </div>
        </header>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <p className="govuk-body">Try again later.</p>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => retry()}>
              Try again
            </button>
          </main>
        </div>
        <footer className="govuk-template__footer">
          <p className="app-security-marking app-security-marking--bottom">OFFICIAL-SENSITIVE</p>
        </footer>
      </body>
    </html>
  );
}
