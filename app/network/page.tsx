import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessReasonForm } from "@/components/persons/access-reason-form.deferred";
import { NetworkDiagram } from "@/components/links/network-diagram";
import { NetworkList } from "@/components/links/network-list";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { parseNetworkRoot, type NetworkRoot } from "@/lib/links/rules";
import { buildNetwork } from "@/lib/links/server/build-network";
import { loadOrNotFound } from "@/lib/ids/route-id";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Network" };

type Props = { searchParams: SearchParams };

const RECORD_HREF: Record<NetworkRoot["type"], (id: number) => string> = {
  person: (id) => `/persons/${id}`,
  offence: (id) => `/offences/${id}`,
  group: (id) => `/groups/${id}`,
};

/**
 * The link view: records within two steps of a person, offence or group. Partners and
 * administrators are refused (403). From a person it asks for the same reason as the person record.
 */
export default async function NetworkPage({ searchParams }: Props) {
  const actor = await requirePageActor("persons.read");
  const root = parseNetworkRoot((await searchParams).from);
  if (!root) notFound();
  const result = await loadOrNotFound(() => buildNetwork({ actor, root }));
  if (result.status === "reason-required") return <AccessReasonForm context={result.context} />;
  const network = result.network;

  return (
    <>
      <Link href={RECORD_HREF[root.type](root.id)} className="govuk-back-link">
        Back to the record
      </Link>
      <span className="govuk-caption-l">Network</span>
      <h1 className="govuk-heading-l" data-testid="network-title">
        Links from {network.rootLabel}
      </h1>
      <p className="govuk-body">
        Persons, offences, intelligence{network.includesGroups ? " and groups" : ""} within two steps of this
        record, nearest first. Restricted intelligence you may not read is shown only as a restricted item.
      </p>
      <div className="govuk-inset-text" data-testid="network-bound">
        This view shows at most {network.cap} records.{" "}
        {network.omitted > 0
          ? `${network.omitted} more within two steps are not shown.`
          : "Every record within two steps is shown."}{" "}
        Viewing it is logged with the names it shows.
      </div>
      <NetworkList network={network} />
      <NetworkDiagram network={network} />
    </>
  );
}
