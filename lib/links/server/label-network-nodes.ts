import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/server/prisma";
import { GROUP_TYPE_LABELS } from "@/lib/groups/labels";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { displayName } from "@/lib/labels/person-name";
import { offenceCodeRef } from "@/lib/reference/offence-codes";
import { nodeKey, type NetworkNodeType } from "@/lib/links/rules";

export type NodeLabel = { label: string; detail: string; href: string | null };

/**
 * What each kept node says and links to. Intelligence is read under the access rule (the caller
 * keeps unreadable items out of the view altogether). Persons link to their record, which asks for a
 * reason (s.62) unless one was given — from an offence view, the case's reason counts.
 */
export async function labelNetworkNodes({
  actor,
  nodes,
  offenceContext,
}: {
  actor: Actor;
  nodes: { type: NetworkNodeType; id: number }[];
  offenceContext: number | null;
}): Promise<Map<string, NodeLabel>> {
  const prisma = getPrisma();
  const access = intelligenceAccess(actor);
  const ids = (type: NetworkNodeType) => nodes.filter((n) => n.type === type).map((n) => n.id);
  const [persons, offences, items, groups] = await Promise.all([
    prisma.person.findMany({
      where: { id: { in: ids("person") } },
      select: { id: true, surname: true, forenames: true, dateOfBirth: true },
    }),
    prisma.offence.findMany({
      where: { id: { in: ids("offence") } },
      select: { id: true, crimeReference: true, offenceCode: true, knifeUsed: true },
    }),
    prisma.intelligenceItem.findMany({
      where: { id: { in: ids("intelligence") }, AND: [access.readable] },
      select: access.select,
    }),
    prisma.group.findMany({
      where: { id: { in: ids("group") } },
      select: { id: true, name: true, type: true },
    }),
  ]);

  const labels = new Map<string, NodeLabel>();
  const context = offenceContext ? `?context=offence:${offenceContext}` : "";
  for (const p of persons) {
    const born = p.dateOfBirth ? `Born ${p.dateOfBirth.getUTCFullYear()}` : "Date of birth not known";
    labels.set(nodeKey("person", p.id), {
      label: displayName(p),
      detail: born,
      href: `/persons/${p.id}${context}`,
    });
  }
  for (const o of offences) {
    const what = offenceCodeRef(o.offenceCode)?.description ?? o.offenceCode;
    labels.set(nodeKey("offence", o.id), {
      label: o.crimeReference,
      detail: `${what}${o.knifeUsed ? ", knife used" : ""}`,
      href: `/offences/${o.id}`,
    });
  }
  for (const row of items) {
    const item = access.redact(row);
    if (item.restricted) continue;
    labels.set(nodeKey("intelligence", item.id), {
      label: item.reference,
      detail: `Graded ${item.grading}`,
      href: `/intelligence/${item.id}`,
    });
  }
  for (const g of groups) {
    labels.set(nodeKey("group", g.id), {
      label: g.name,
      detail: GROUP_TYPE_LABELS[g.type],
      href: `/groups/${g.id}`,
    });
  }
  for (const n of nodes) {
    const key = nodeKey(n.type, n.id);
    if (!labels.has(key)) labels.set(key, { label: "Not available", detail: "", href: null });
  }
  return labels;
}
