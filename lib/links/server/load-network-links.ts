import "server-only";
import { atMost, PER_REQUEST_CONNECTIONS } from "@/lib/db/at-most";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import { nodeKey, type NetworkNodeType } from "@/lib/links/rules";

/** One link between two records: the node keys at each end and what the link is. */
export type NetworkLink = { a: string; b: string; relation: string };
export type Frontier = Record<NetworkNodeType, number[]>;

// A hub (a prolific suspect, a large group) could link to thousands of rows; the view shows at most
// 150 items, so each kind of link is read with a ceiling.
const PER_KIND = 2000;

/**
 * Every live link touching the frontier's records: persons↔offences, intelligence↔persons,
 * ↔offences, and (with `groups`) memberships, group↔offences and intelligence↔groups. Merged-away
 * persons and removed links are left out; `intel` is the intelligence access rule's `exists`
 * fragment, so partners' and admins' views (which never get here) would hold no items either.
 */
export async function loadNetworkLinks({
  frontier,
  intel,
  groups,
}: {
  frontier: Frontier;
  intel: Prisma.IntelligenceItemWhereInput;
  groups: boolean;
}): Promise<NetworkLink[]> {
  const prisma = getPrisma();
  const { person: P, offence: O, intelligence: I, group: G } = frontier;
  const either = <A extends string, B extends string>(a: A, aIds: number[], b: B, bIds: number[]) =>
    [
      ...(aIds.length ? [{ [a]: { in: aIds } }] : []),
      ...(bIds.length ? [{ [b]: { in: bIds } }] : []),
    ] as Record<A | B, { in: number[] }>[];
  const livePerson = { mergedIntoId: null };

  const offencePersonOr = either("personId", P, "offenceId", O);
  const intelPersonOr = either("personId", P, "itemId", I);
  const intelOffenceOr = either("offenceId", O, "itemId", I);
  const memberOr = either("personId", P, "groupId", G);
  const groupOffenceOr = either("offenceId", O, "groupId", G);
  const intelGroupOr = either("groupId", G, "itemId", I);

  const [offencePersons, intelPersons, intelOffences, members, groupOffences, intelGroups] = await atMost(
    PER_REQUEST_CONNECTIONS,
    [
      () =>
        offencePersonOr.length
          ? prisma.offencePerson.findMany({
              where: { OR: offencePersonOr, removedAt: null, person: livePerson },
              select: { personId: true, offenceId: true, role: true },
              take: PER_KIND,
            })
          : [],
      () =>
        intelPersonOr.length
          ? prisma.intelligencePerson.findMany({
              where: { OR: intelPersonOr, removedAt: null, person: livePerson, item: intel },
              select: { personId: true, itemId: true },
              take: PER_KIND,
            })
          : [],
      () =>
        intelOffenceOr.length
          ? prisma.intelligenceOffence.findMany({
              where: { OR: intelOffenceOr, removedAt: null, item: intel },
              select: { offenceId: true, itemId: true },
              take: PER_KIND,
            })
          : [],
      () =>
        groups && memberOr.length
          ? prisma.groupMembership.findMany({
              where: { OR: memberOr, person: livePerson },
              select: { personId: true, groupId: true, role: true, endOn: true },
              take: PER_KIND,
            })
          : [],
      () =>
        groups && groupOffenceOr.length
          ? prisma.groupOffence.findMany({
              where: { OR: groupOffenceOr, removedAt: null },
              select: { groupId: true, offenceId: true },
              take: PER_KIND,
            })
          : [],
      () =>
        groups && intelGroupOr.length
          ? prisma.intelligenceGroup.findMany({
              where: { OR: intelGroupOr, removedAt: null, item: intel },
              select: { groupId: true, itemId: true },
              take: PER_KIND,
            })
          : [],
    ],
  );

  return [
    ...offencePersons.map((l) =>
      link(["offence", l.offenceId], ["person", l.personId], PERSON_ROLE_LABELS[l.role]),
    ),
    ...intelPersons.map((l) =>
      link(["intelligence", l.itemId], ["person", l.personId], "Subject of intelligence"),
    ),
    ...intelOffences.map((l) =>
      link(["intelligence", l.itemId], ["offence", l.offenceId], "Intelligence on the offence"),
    ),
    ...members.map((l) =>
      link(
        ["group", l.groupId],
        ["person", l.personId],
        `${l.endOn ? "Former member" : "Member"} (${l.role})`,
      ),
    ),
    ...groupOffences.map((l) =>
      link(["group", l.groupId], ["offence", l.offenceId], "Offence linked to the group"),
    ),
    ...intelGroups.map((l) =>
      link(["intelligence", l.itemId], ["group", l.groupId], "Intelligence on the group"),
    ),
  ];
}

/** The link between two nodes, each given as its type and id. */
function link(
  [aType, aId]: [NetworkNodeType, number],
  [bType, bId]: [NetworkNodeType, number],
  relation: string,
): NetworkLink {
  return { a: nodeKey(aType, aId), b: nodeKey(bType, bId), relation };
}
