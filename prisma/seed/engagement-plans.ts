import type pg from "pg";
import { demoAccount } from "@/lib/reference/demo-accounts";

// Demo community engagement plans (issue 17, seed paragraph 30): a plan for every fourth demo
// hotspot (so /hotspots shows the "No plan" flag on the rest), with two stakeholders and two
// dated entries each. Deterministic: dates count from the seed's "today"; one plan in three is
// overdue for its next update. Synthetic names only.

const PLAN_EVERY = 4;
const STAKEHOLDERS = [
  ["RESIDENTS_ASSOCIATION", "Residents' association", "Chair"],
  ["SCHOOL", "Secondary school", "Headteacher"],
  ["FAITH_LEADER", "Place of worship", "Faith leader"],
  ["COMMUNITY_GROUP", "Youth club", "Youth worker"],
] as const;

export async function seedEngagementPlans(
  client: pg.ClientBase,
  hotspotIds: number[],
  today: string,
): Promise<void> {
  const analyst = demoAccount("analyst").email;
  const chair = demoAccount("chair").email;
  const plans = hotspotIds
    .map((hotspotId, i) => ({ hotspotId, i }))
    .filter(({ i }) => i % PLAN_EVERY === 0)
    .map(({ hotspotId }, n) => ({ hotspotId, dueIn: n % 3 === 1 ? -7 : 14 + (n % 5) * 7 }));
  if (plans.length === 0) return;
  const { rows } = await client.query<{ id: number }>(
    `insert into "EngagementPlan" ("hotspotId", "ownerId", "aims", "nextUpdateDue", "updatedAt")
     select v.h, (select id from "User" where email = $2), $3, $4::date + v.due, now()
     from unnest($1::int[], $5::int[]) as v(h, due)
     returning id`,
    [
      plans.map((p) => p.hotspotId),
      analyst,
      "Build support for visible patrols and stop and search in the hotspot; agree how the community scrutinises them.",
      today,
      plans.map((p) => p.dueIn),
    ],
  );
  const planIds = rows.map((r) => r.id);
  const pairs = planIds.flatMap((id, n) =>
    [STAKEHOLDERS[n % 4]!, STAKEHOLDERS[(n + 1) % 4]!].map((s) => ({ id, s })),
  );
  await client.query(
    `insert into "EngagementStakeholder" ("planId", "kind", "name", "contactRole", "addedOn")
     select v.p, v.k::"StakeholderKind", v.nm, v.r, $5::date - 60
     from unnest($1::int[], $2::text[], $3::text[], $4::text[]) as v(p, k, nm, r)`,
    [
      pairs.map((x) => x.id),
      pairs.map((x) => x.s[0]),
      pairs.map((x) => x.s[1]),
      pairs.map((x) => x.s[2]),
      today,
    ],
  );
  await client.query(
    `insert into "EngagementEntry" ("planId", "kind", "heldOn", "ownerId", "summary", "communityAsked")
     select p, 'CONSULTATION'::"EngagementKind", $2::date - 45, (select id from "User" where email = $3),
            'Presented the violence picture at a community meeting.',
            'More visible patrols after school; regular updates by newsletter; a say in reviewing stop and search.'
     from unnest($1::int[]) as p
     union all
     select p, 'UPDATE'::"EngagementKind", $2::date - 14, (select id from "User" where email = $4),
            'Update on patrols and arrests given at the residents'' meeting.', ''
     from unnest($1::int[]) as p`,
    [planIds, today, chair, analyst],
  );
}
