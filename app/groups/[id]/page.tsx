import type { Metadata } from "next";
import Link from "next/link";
import { SuccessBanner } from "@/components/forms/saved-banner";
import { GroupMembers, GroupOffences, GroupPlan } from "@/components/groups/group-sections";
import { LinkedIntelligence } from "@/components/intelligence/linked-intelligence";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { GROUP_TYPE_LABELS } from "@/lib/groups/labels";
import { networkHref } from "@/lib/links/rules";
import { loadGroup } from "@/app/groups/[id]/load-group";
import { LinkParagraph } from "@/components/page/link-paragraph";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Group" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
};

const SAVED: Record<string, string> = {
  member: "Member added.",
  ended: "Membership ended.",
  offence: "Offence linked.",
  "plan-line-added": "Plan line added.",
  "plan-line-updated": "Plan line saved.",
};

/** A group's record: members, linked offences and intelligence, and its 4P plan (chair and analyst). */
export default async function GroupPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("groups.read");
  const group = await loadGroup(actor, (await params).id);
  const saved = (await searchParams).saved;
  const mayWrite = can(actor.role, "groups.write");

  return (
    <>
      <Link href="/groups" className="govuk-back-link">
        Back to groups
      </Link>
      {typeof saved === "string" && SAVED[saved] ? (
        <SuccessBanner message={SAVED[saved]} testId="group-saved" />
      ) : null}
      <span className="govuk-caption-l">{GROUP_TYPE_LABELS[group.type]}</span>
      <h1 className="govuk-heading-l" data-testid="group-name">
        {group.name} {group.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>}
      </h1>
      <SummaryList
        rows={[
          { label: "Type", value: GROUP_TYPE_LABELS[group.type] },
          { label: "NPU", value: group.npu ?? "Force-wide" },
          { label: "Description", value: group.description || "None recorded" },
        ]}
      />
      <LinkParagraph href={networkHref({ type: "group", id: group.id })}>View network</LinkParagraph>
      <GroupMembers groupId={group.id} members={group.members} mayWrite={mayWrite} />
      <GroupOffences groupId={group.id} offences={group.offences} mayWrite={mayWrite} />
      <section aria-labelledby="intel-title">
        <h2 className="govuk-heading-m" id="intel-title">
          Intelligence
        </h2>
        <LinkedIntelligence
          items={group.intelligence}
          empty="No intelligence linked."
          testId="group-intelligence"
        />
      </section>
      <GroupPlan groupId={group.id} lines={group.planLines} mayWrite={mayWrite} />
    </>
  );
}
