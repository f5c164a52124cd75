import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { AccessContext } from "@/lib/auth/schemas";
import { getAccessReason } from "@/lib/auth/server/get-access-reason";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { intelligenceAccess, type IntelligenceAccess } from "@/lib/intelligence/server/intel-access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { displayName } from "@/lib/labels/person-name";
import {
  boundNodes,
  NETWORK_NODE_CAP,
  NETWORK_STEPS,
  nodeKey,
  type NetworkNodeType,
  type NetworkRoot,
} from "@/lib/links/rules";
import type { NetworkEdge, NetworkResult } from "@/lib/links/network";
import { loadNetworkLinks, type Frontier } from "@/lib/links/server/load-network-links";
import { labelNetworkNodes } from "@/lib/links/server/label-network-nodes";

type Reached = { type: NetworkNodeType; id: number; distance: number; via: string | null; relation: string };

const emptyFrontier = (): Frontier => ({ person: [], offence: [], intelligence: [], group: [] });
const splitKey = (key: string) => {
  const [type, id] = key.split(":");
  return { type: type as NetworkNodeType, id: Number(id) };
};

/**
 * The persons, offences, intelligence items and groups within two steps of a person, offence or
 * group, at most 150 (nearest first; the page says how many were left out).
 * - Partners and admins are refused (persons.read and offences.read); a group root, and groups at
 *   all, need groups.read.
 * - Intelligence follows the one access rule: for an actor without intel.restricted.read a C-coded
 *   item is neither a node nor an edge (an edge would tell whom it is about and whom it links); the
 *   persons and offences it is on carry only "restricted intelligence exists" (issue 13.13).
 * - It names persons, so it is a read of them (s.62): from a person, it needs the same reason as the
 *   person record; every view writes one consultation row listing the persons and items shown.
 */
export async function buildNetwork({
  actor,
  root,
  cap = NETWORK_NODE_CAP,
}: {
  actor: Actor;
  root: NetworkRoot;
  cap?: number;
}): Promise<NetworkResult> {
  const entity = { type: root.type, id: root.id };
  await requirePermission(actor, "persons.read", { entity, detail: { view: "network" } });
  await requirePermission(actor, "offences.read", { entity, detail: { view: "network" } });
  if (root.type === "group")
    await requirePermission(actor, "groups.read", { entity, detail: { view: "network" } });
  const groups = can(actor.role, "groups.read");
  const access = intelligenceAccess(actor);
  const prisma = getPrisma();

  const rootName = await rootLabel(root);
  if (rootName === null) throw new AppError("NOT_FOUND");
  const context: AccessContext = { type: root.type, id: root.id };
  const given = await getAccessReason({ actor, contexts: [context] });
  // No name before the reason (issue 13.9).
  if (root.type === "person" && !given) return { status: "reason-required", context };

  const reached = new Map<string, Reached>([
    [nodeKey(root.type, root.id), { ...root, distance: 0, via: null, relation: "" }],
  ]);
  const edges = new Map<string, NetworkEdge>();
  let frontier = emptyFrontier();
  frontier[root.type].push(root.id);

  for (let step = 1; step <= NETWORK_STEPS; step++) {
    const links = await loadNetworkLinks({ frontier, intel: access.readable, groups });
    const inFrontier = new Set(
      Object.entries(frontier).flatMap(([type, ids]) => ids.map((id) => `${type}:${id}`)),
    );
    const next = emptyFrontier();
    for (const link of links) {
      for (const [from, to] of [
        [link.a, link.b],
        [link.b, link.a],
      ] as const) {
        if (!inFrontier.has(from)) continue;
        const edgeKey = [from, to].sort().join("|");
        // First seen wins: the edge points away from the root, as the view was explored.
        if (!edges.has(edgeKey)) edges.set(edgeKey, { source: from, target: to, label: link.relation });
        if (reached.has(to)) continue;
        const node = splitKey(to);
        reached.set(to, { ...node, distance: step, via: from, relation: link.relation });
        next[node.type].push(node.id);
      }
    }
    frontier = next;
  }

  const { kept, omitted } = boundNodes([...reached.values()], cap);
  const keptKeys = new Set(kept.map((n) => nodeKey(n.type, n.id)));
  const [labels, withRestricted] = await Promise.all([
    labelNetworkNodes({ actor, nodes: kept, offenceContext: root.type === "offence" ? root.id : null }),
    access.mayReadRestricted ? new Set<string>() : recordsWithUnreadableIntel(kept, access),
  ]);
  const nodes = kept.map((n) => {
    const key = nodeKey(n.type, n.id);
    const label = labels.get(key)!;
    const through = n.via ? labels.get(n.via)?.label : null;
    return {
      key,
      type: n.type,
      id: n.id,
      distance: n.distance,
      ...label,
      restrictedIntel: withRestricted.has(key),
      reason: n.via ? `${n.relation}, through ${through ?? "an item not shown"}` : "",
    };
  });

  // One consultation per view (not one per node): its detail lists whom and what the view showed.
  await writeAuditBy(prisma, actor, {
    event: "network.viewed",
    entity,
    justification: given?.reason ?? `Viewed the links of the ${root.type} record`,
    detail: {
      persons: nodes.filter((n) => n.type === "person").map((n) => n.id),
      intelligence: nodes.filter((n) => n.type === "intelligence").map((n) => n.id),
      nodes: nodes.length,
      omitted,
    },
  });

  return {
    status: "ok",
    network: {
      root,
      rootLabel: rootName,
      nodes,
      edges: [...edges.values()].filter((e) => keptKeys.has(e.source) && keptKeys.has(e.target)),
      cap,
      omitted,
      includesGroups: groups,
    },
  };
}

/** The kept persons and offences that C-coded intelligence the actor may not read is linked to. */
async function recordsWithUnreadableIntel(
  kept: { type: NetworkNodeType; id: number }[],
  access: IntelligenceAccess,
): Promise<Set<string>> {
  const prisma = getPrisma();
  const unreadable: Prisma.IntelligenceItemWhereInput = { AND: [access.exists, { NOT: access.readable }] };
  const idsOf = (type: NetworkNodeType) => kept.filter((n) => n.type === type).map((n) => n.id);
  const [persons, offences] = await Promise.all([
    prisma.intelligencePerson.findMany({
      where: { personId: { in: idsOf("person") }, removedAt: null, item: unreadable },
      select: { personId: true },
      distinct: ["personId"],
    }),
    prisma.intelligenceOffence.findMany({
      where: { offenceId: { in: idsOf("offence") }, removedAt: null, item: unreadable },
      select: { offenceId: true },
      distinct: ["offenceId"],
    }),
  ]);
  return new Set([
    ...persons.map((p) => nodeKey("person", p.personId)),
    ...offences.map((o) => nodeKey("offence", o.offenceId)),
  ]);
}

async function rootLabel(root: NetworkRoot): Promise<string | null> {
  const prisma = getPrisma();
  if (root.type === "person") {
    const p = await prisma.person.findUnique({
      where: { id: root.id },
      select: { surname: true, forenames: true },
    });
    return p ? displayName(p) : null;
  }
  if (root.type === "offence") {
    const o = await prisma.offence.findUnique({ where: { id: root.id }, select: { crimeReference: true } });
    return o ? `offence ${o.crimeReference}` : null;
  }
  const g = await prisma.group.findUnique({ where: { id: root.id }, select: { name: true } });
  return g?.name ?? null;
}
