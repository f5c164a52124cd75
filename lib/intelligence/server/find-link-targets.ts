import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { formatDate } from "@/lib/dates/format";
import { bornLabel } from "@/lib/labels/person-name";
import { recordPersonSearch } from "@/lib/audit/server/record-person-search";
import type { FindLinkTargetsInput, LinkTarget } from "@/lib/intelligence/schemas";
import { findPersonMatches } from "@/lib/persons/server/find-person-matches";

const MAX = 10;

/**
 * Candidates for "link a person" (the duplicate-tolerant person search; "forenames surname" or just
 * a surname) and "link an offence" (crime reference prefix). For those who may submit or link
 * intelligence; each search checks its own read permission too. A person search is a consultation
 * (logged with its terms, limited per user) and shows name, year of birth and NPU only.
 */
export async function findLinkTargets({
  actor,
  input,
}: ActorInput<FindLinkTargetsInput>): Promise<LinkTarget[]> {
  await requirePermission(actor, "intel.submit");
  if (input.kind === "person") {
    await requirePermission(actor, "persons.read");
    await recordPersonSearch({ actor, kind: "link-picker", terms: input.query });
    const words = input.query.split(/\s+/).filter(Boolean);
    const surname = words.length > 1 ? words[words.length - 1]! : words[0]!;
    const forenames = words.length > 1 ? words.slice(0, -1).join(" ") : "";
    const matches = await findPersonMatches({ actor, input: { surname, forenames, dateOfBirth: null } });
    return matches.map((m) => ({
      kind: "person",
      id: m.id,
      label: [m.forenames, m.surname].filter(Boolean).join(" "),
      detail: [bornLabel(m.dateOfBirth), m.npu ?? "NPU not known"].join(", "),
    }));
  }
  await requirePermission(actor, "offences.read");
  const offences = await getPrisma().offence.findMany({
    where: { crimeReference: { startsWith: input.query.toUpperCase() } },
    orderBy: { crimeReference: "asc" },
    take: MAX,
    select: { id: true, crimeReference: true, offenceCode: true, occurredOn: true },
  });
  return offences.map((o) => ({
    kind: "offence",
    id: o.id,
    label: o.crimeReference,
    detail: `${o.offenceCode}, occurred ${formatDate(o.occurredOn)}`,
  }));
}
