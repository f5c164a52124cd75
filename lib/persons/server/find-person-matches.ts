import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { PersonSearchInput } from "@/lib/persons/schemas";
import { dbDateOf } from "@/lib/dates/day";
import type { PersonMatch } from "@/lib/persons/types";

const MAX_MATCHES = 10;
// pg_trgm's default 0.3 misses short forenames ("Jon" ~ "John" is 0.29); 0.25 still uses the
// trigram indexes on lower(surname) and lower(forenames) (migration "integrity").
const TRIGRAM_THRESHOLD = 0.25;

type Row = {
  id: number;
  surname: string;
  forenames: string;
  dateOfBirth: Date | null;
  npu: string | null;
  offenceCount: bigint | number;
  sameDateOfBirth: boolean;
};

/**
 * Existing persons who may be the one being added, best first, so a duplicate is rarely created.
 * Tolerant of spelling (trigram similarity, double metaphone, edit distance) and of forenames and
 * surname entered the wrong way round; an exact date of birth lifts a candidate, a different one
 * lowers it but does not hide it (dates are mistyped too). Merged-away records are never proposed.
 */
export async function findPersonMatches({
  actor,
  input,
}: ActorInput<PersonSearchInput>): Promise<PersonMatch[]> {
  await requirePermission(actor, "persons.read");
  const { surname, forenames, dateOfBirth } = input;
  const s = surname.toLowerCase();
  const f = forenames.toLowerCase();
  const dob = dateOfBirth ? dbDateOf(dateOfBirth) : null;

  const rows = await getPrisma().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`set local pg_trgm.similarity_threshold = ${TRIGRAM_THRESHOLD}`);
    return tx.$queryRaw<Row[]>`
      with candidate as (
        select p.id, p.surname, p.forenames, p."dateOfBirth", p."npuId",
          greatest(
            similarity(lower(p.surname), ${s}) + similarity(lower(p.forenames), ${f}),
            similarity(lower(p.surname), ${f}) + similarity(lower(p.forenames), ${s})
          )
          + case when dmetaphone(p.surname) = dmetaphone(${surname}) or dmetaphone(p.forenames) = dmetaphone(${surname}) then 0.3 else 0 end
          + case
              when ${dob}::date is null or p."dateOfBirth" is null then 0
              when p."dateOfBirth" = ${dob}::date then 1
              else -0.3
            end as score
        from "Person" p
        where p."mergedIntoId" is null
          and (
            lower(p.surname) % ${s} or lower(p.forenames) % ${s}
            or (${f} <> '' and (lower(p.surname) % ${f} or lower(p.forenames) % ${f}))
            or (p."dateOfBirth" = ${dob}::date and levenshtein(lower(p.surname), ${s}) <= 3)
          )
      )
      select c.id, c.surname, c.forenames, c."dateOfBirth", n.name as npu,
        (select count(distinct op."offenceId") from "OffencePerson" op where op."personId" = c.id and op."removedAt" is null) as "offenceCount",
        coalesce(c."dateOfBirth" = ${dob}::date, false) as "sameDateOfBirth"
      from candidate c
      left join "Npu" n on n.id = c."npuId"
      where c.score >= 0.5
      order by c.score desc, c.id
      limit ${MAX_MATCHES}`;
  });

  return rows.map((r) => ({
    id: r.id,
    surname: r.surname,
    forenames: r.forenames,
    dateOfBirth: r.dateOfBirth,
    npu: r.npu,
    offenceCount: Number(r.offenceCount),
    sameDateOfBirth: r.sameDateOfBirth,
  }));
}
