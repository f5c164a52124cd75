import type { DemoAccountListing } from "@/lib/auth/types";
import { Cell, DataTable } from "@/components/ui/data-table";
import { TitledSection } from "@/components/ui/titled-section";

// Shown on the sign-in page only when demo data is loaded and SHOW_DEMO_ACCOUNTS is on.

export function DemoAccounts({ password, accounts }: { password: string; accounts: DemoAccountListing[] }) {
  return (
    <TitledSection
      titleId="demo-accounts-title"
      title="Demo accounts"
      testId="demo-accounts"
      className="govuk-!-margin-top-8"
    >
      <div className="govuk-inset-text">
        Synthetic data only. Every demo account uses the password <code className="app-code">{password}</code>
      </div>
      <DataTable caption="Demo accounts by role" columns={["Email address", "Role", "Who"]}>
        {accounts.map((account) => (
          <tr className="govuk-table__row" key={account.email}>
            <Cell>
              <code className="app-code">{account.email}</code>
            </Cell>
            <Cell>{account.roleLabel}</Cell>
            <Cell>
              {account.name}
              <br />
              <span className="govuk-hint govuk-!-margin-bottom-0">{account.summary}</span>
            </Cell>
          </tr>
        ))}
      </DataTable>
    </TitledSection>
  );
}
