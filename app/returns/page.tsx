import Link from "next/link";
import { FigureTableView } from "@/components/figures/figure-table-view";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { figureExportHref } from "@/lib/figures/figure-table";
import { figureWindowMetadata } from "@/lib/figures/window-metadata";
import { figureWindowFromParams } from "@/lib/figures/rules";
import { todayInUk } from "@/lib/dates/day";
import { getQuarterlyReturns } from "@/lib/figures/server/get-quarterly-returns";
import { getSvdCounts } from "@/lib/figures/server/get-svd-counts";
import { FigureWindowPage } from "@/components/page/figure-window-page";
import type { SearchParams } from "@/app/search-params";

export const generateMetadata = figureWindowMetadata("Returns");

/**
 * The Home Office quarterly return and the Serious Violence Duty file for partners. Partners do not
 * sign in to download it (docs/domain.md gives them referrals only): the chair or an analyst exports it,
 * and the audit log records the partners it was sent to.
 */
export default async function ReturnsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("figures.read");
  const today = todayInUk();
  const window = figureWindowFromParams(await searchParams, today);
  const [returns, svd] = await Promise.all([
    getQuarterlyReturns({ actor, window }),
    getSvdCounts({ actor, window }),
  ]);
  const canExport = can(actor, "figures.export");

  return (
    <FigureWindowPage
      title="Returns"
      window={window}
      today={today}
      action="/returns"
      intro={
        <>
          The figures forum members and partners are sent. For the board report&apos;s tables, see{" "}
          <Link className="govuk-link" href={`/figures?asAt=${window.asAt}&year=${window.year}`}>
            Figures
          </Link>
          .
        </>
      }
    >
      <h2 className="govuk-heading-l">Home Office quarterly return</h2>
      <FigureTableView
        table={returns}
        exportHref={canExport ? figureExportHref("returns", window) : undefined}
      />
      <h2 className="govuk-heading-l">Serious Violence Duty</h2>
      <p className="govuk-body">
        Counts for partners under the Serious Violence Duty: no personal data, and counts of 1 to 4 withheld.
        Sending the file is a disclosure: the export asks who will receive it.
      </p>
      <FigureTableView table={svd} exportHref={canExport ? figureExportHref("svd", window) : undefined} />
    </FigureWindowPage>
  );
}
