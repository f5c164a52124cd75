import type { DemoAccountListing } from "@/lib/auth/types";

// Shown on the sign-in page only when demo data is loaded and SHOW_DEMO_ACCOUNTS is on.

export function DemoAccounts({ password, accounts }: { password: string; accounts: DemoAccountListing[] }) {
  return (
    <section
      className="govuk-!-margin-top-8"
      aria-labelledby="demo-accounts-title"
      data-testid="demo-accounts"
    >
      <h2 className="govuk-heading-m" id="demo-accounts-title">
        Demo accounts
      </h2>
      <div className="govuk-inset-text">
        Synthetic data only. Every demo account uses the password <code className="app-code">{password}</code>
      </div>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Demo accounts by role</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Email address
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {accounts.map((account) => (
            <tr className="govuk-table__row" key={account.email}>
              <td className="govuk-table__cell">
                <code className="app-code">{account.email}</code>
              </td>
              <td className="govuk-table__cell">{account.roleLabel}</td>
              <td className="govuk-table__cell">
                {account.name}
                <br />
                <span className="govuk-hint govuk-!-margin-bottom-0">{account.summary}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
