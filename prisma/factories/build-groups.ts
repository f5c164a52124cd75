import type { FourP, GroupType, PlanLineStatus } from "@/lib/generated/prisma/enums";
import { NPUS } from "@/lib/reference/npus";
import type { OffenceMeta } from "@/prisma/factories/build-offences";
import type { BuildContext } from "@/prisma/factories/context";
import { dayNumber, isoAt, isoDay } from "@/prisma/factories/dates";
import { GROUP_NAMES, extraGroupName } from "@/prisma/factories/names";
import { NPU_WEIGHTS } from "@/prisma/factories/offence-profiles";
import type {
  GroupMembershipRow,
  GroupOffenceRow,
  GroupPlanLineRow,
  GroupRow,
  OffenceRow,
} from "@/prisma/factories/rows";

// Invented OCGs and street gangs, their members (drawn from people who are suspects again and
// again), the offences linked to them, and a 4P plan for each.

export type BuiltGroups = {
  groups: GroupRow[];
  memberships: GroupMembershipRow[];
  groupOffences: GroupOffenceRow[];
  planLines: GroupPlanLineRow[];
  /** personId → group ids, for intelligence links. */
  groupsOfPerson: Map<number, number[]>;
};

const PLAN: Record<FourP, string[]> = {
  PURSUE: [
    "Priority arrest of outstanding suspects in linked knife offences",
    "Warrants at addresses linked to the storage of bladed weapons",
    "Test purchases to disrupt the online supply of knives to members",
  ],
  PREVENT: [
    "Refer younger peripheral members to a resettlement or desistance provider",
    "Safer schools input on the routes the group uses after school",
  ],
  PROTECT: [
    "Safeguarding visits to members assessed as at risk of exploitation",
    "Weapons sweeps of parks and open spaces with community volunteers",
  ],
  PREPARE: [
    "Community tension monitoring and engagement plan for the linked hotspots",
    "Consequence management plan ready for a retaliatory incident",
  ],
};

export function buildGroups(ctx: BuildContext, offences: OffenceRow[], meta: OffenceMeta[]): BuiltGroups {
  const rng = ctx.rng.fork("groups");
  // People who are suspects in this NPU, most often first: the likeliest group members.
  const suspectOffences = new Map<number, number[]>();
  meta.forEach((m, i) => {
    for (const s of m.suspects) {
      const list = suspectOffences.get(s.id);
      if (list) list.push(i);
      else suspectOffences.set(s.id, [i]);
    }
  });
  const candidatesByNpu: number[][] = NPUS.map(() => []);
  const ranked = [...suspectOffences.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  for (const [personId, list] of ranked) candidatesByNpu[offences[list[0]!]!.npuId - 1]!.push(personId);

  const groups: GroupRow[] = [];
  const memberships: GroupMembershipRow[] = [];
  const groupOffences: GroupOffenceRow[] = [];
  const planLines: GroupPlanLineRow[] = [];
  const groupsOfPerson = new Map<number, number[]>();
  const taken = new Set<number>();
  const npuPicks = NPU_WEIGHTS.map((w, i) => [i, w] as const);

  for (let g = 0; g < ctx.scale.groups; g++) {
    const id = g + 1;
    const [name, type]: readonly [string, GroupType] =
      g < GROUP_NAMES.length
        ? GROUP_NAMES[g]!
        : [extraGroupName(rng, g + 1), rng.chance(0.3) ? "ORGANISED_CRIME_GROUP" : "STREET_GANG"];
    const npu = rng.weighted(npuPicks);
    const forceWide = type === "ORGANISED_CRIME_GROUP" && g === 0;
    const createdDay = ctx.startDay + rng.int(0, 120);
    const kind = type === "ORGANISED_CRIME_GROUP" ? "organised crime group" : "street gang";
    groups.push({
      id,
      name,
      type,
      npuId: forceWide ? null : npu + 1,
      description: `Synthetic ${kind}${forceWide ? " operating across the force area" : ` active in ${NPUS[npu]!.name}`}; linked to ${rng.pick(["robberies of young people", "knife-enabled assaults", "the supply of drugs and bladed weapons", "retaliatory violence with a rival group"])}.`,
      active: rng.chance(0.9),
      createdAt: isoAt(createdDay, 10),
      updatedAt: isoAt(createdDay + rng.int(0, 300), 15),
    });

    const size = type === "ORGANISED_CRIME_GROUP" ? rng.int(8, 15) : rng.int(10, 25);
    const pool = candidatesByNpu[npu]!.filter((p) => !taken.has(p)).slice(0, size * 3);
    const members = rng.sample(pool, size);
    members.forEach((personId, k) => {
      taken.add(personId);
      const firstOffence = offences[suspectOffences.get(personId)![0]!]!;
      const startDay = Math.max(ctx.startDay, dayNumber(firstOffence.recordedOn) - rng.int(0, 200));
      const ended = rng.chance(0.1) ? Math.min(ctx.todayDay, startDay + rng.int(60, 500)) : null;
      memberships.push({
        id: memberships.length + 1,
        groupId: id,
        personId,
        role: k < 2 ? "principal" : k < 6 ? "significant" : rng.chance(0.6) ? "peripheral" : "associate",
        startOn: isoDay(startDay),
        endOn: ended != null ? isoDay(ended) : null,
      });
      groupsOfPerson.set(personId, [...(groupsOfPerson.get(personId) ?? []), id]);
    });

    // Offences in which a member is a suspect, up to 40 a group.
    const linked = new Set<number>();
    for (const personId of members) for (const i of suspectOffences.get(personId) ?? []) linked.add(i);
    for (const i of [...linked].sort((a, b) => a - b).slice(0, 40)) {
      groupOffences.push({ groupId: id, offenceId: offences[i]!.id, linkedAt: offences[i]!.createdAt });
    }

    const owners = [
      ctx.demo.analyst,
      ...(forceWide ? [] : ctx.investigatorsByNpu[npu]!),
      ctx.demo.investigator,
    ];
    for (const strand of ["PURSUE", "PREVENT", "PROTECT", "PREPARE"] as const) {
      for (const description of rng.sample(PLAN[strand], rng.int(1, 2))) {
        const created = createdDay + rng.int(0, 60);
        const status = rng.weighted<PlanLineStatus>([
          ["NOT_STARTED", 2],
          ["IN_PROGRESS", 4],
          ["COMPLETED", 3],
          ["STOPPED", 1],
        ]);
        planLines.push({
          id: planLines.length + 1,
          groupId: id,
          strand,
          description,
          ownerId: rng.pick(owners),
          status,
          dueOn: isoDay(
            status === "COMPLETED" ? created + rng.int(30, 200) : ctx.todayDay + rng.int(-30, 90),
          ),
          createdAt: isoAt(Math.min(created, ctx.todayDay), 11),
          updatedAt: isoAt(Math.min(created + rng.int(0, 200), ctx.todayDay), 16),
        });
      }
    }
  }
  return { groups, memberships, groupOffences, planLines, groupsOfPerson };
}
