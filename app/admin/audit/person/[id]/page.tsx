import type { Metadata } from "next";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { PersonViews } from "@/components/audit/person-views";
import { listPersonViews } from "@/lib/audit-review/server/list-person-views";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { pageParam } from "@/lib/pagination";
import { routeId } from "@/lib/ids/route-id";
import { LinkParagraph } from "@/components/page/link-paragraph";

export const metadata: Metadata = { title: "Who viewed this person" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> };

/**
 * "Who viewed this person" from the audit log, by the person's id. Shows no person details: the
 * administrator has no case data, and the audit log alone says nothing about who the person is.
 */
export default async function PersonViewsPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("audit.person-views.read");
  const id = routeId((await params).id);
  const page = pageParam.parse((await searchParams).page);
  const views = await listPersonViews({ actor, personId: id, page });

  return (
    <>
      {can(actor.role, "audit.read") ? <AdminSubNavigation role={actor.role} current="audit" /> : null}
      <span className="govuk-caption-l">Person {id}</span>
      <PersonViews
        result={views}
        headingLevel="h1"
        hrefForPage={(p) => `/admin/audit/person/${id}${p > 1 ? `?page=${p}` : ""}`}
      />
      {can(actor.role, "audit.read") ? (
        <LinkParagraph href={`/admin/audit?entityType=person&entityId=${id}`}>
          Every audit event for this person
        </LinkParagraph>
      ) : null}
    </>
  );
}
