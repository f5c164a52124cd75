import type { Metadata } from "next";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { HarmWeightForm } from "@/components/admin/harm-weight-form.deferred";
import { HarmWeightTable } from "@/components/admin/harm-weight-table";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { HARM_DEFAULT_FROM, HARM_SOURCE_DEFAULT } from "@/lib/hotspots/harm-weights";
import { listHarmWeights } from "@/lib/hotspots/server/list-harm-weights";
import { formatDay } from "@/lib/dates/day";

export const metadata: Metadata = { title: "Harm weights" };

/**
 * The harm weight table (issue 17; docs/domain.md "Hotspots, harm and patrols"): the weight per
 * offence code behind every hotspot harm figure, dated. An administrator changes a weight from a
 * date: a new row, audited with the reason; earlier rows are never edited.
 */
export default async function HarmWeightsPage() {
  const actor = await requirePageActor("harm-weights.manage");
  const codes = await listHarmWeights({ actor });
  return (
    <>
      <AdminSubNavigation role={actor.role} current="harm-weights" />
      <h1 className="govuk-heading-l">Harm weights</h1>
      <p className="govuk-body">
        Each offence weighs the weight of its code in force on the day it occurred; a code with no weight
        weighs 0. Hotspot harm figures (&quot;18.4% of harm&quot;) are computed from this table.
      </p>
      <div className="govuk-inset-text" data-testid="harm-source">
        <p className="govuk-body">
          <strong>Source of the defaults</strong> (from {formatDay(HARM_DEFAULT_FROM, "long")}):{" "}
          {HARM_SOURCE_DEFAULT}.
        </p>
        <p className="govuk-body">
          Method: Sherman, L., Neyroud, P. W. and Neyroud, E. (2016) &quot;The Cambridge Crime Harm Index:
          Measuring Total Harm from Crime Based on Sentencing Guidelines&quot;, Policing 10(3), 171-183.
        </p>
      </div>
      <HarmWeightTable codes={codes} />
      <h2 className="govuk-heading-m">Change a weight</h2>
      <HarmWeightForm
        codes={codes.map((c) => ({ code: c.code, description: c.description }))}
        defaultSource=""
      />
    </>
  );
}
