-- AlterTable
ALTER TABLE "Investigation" ADD COLUMN     "offenceKnifeUsed" BOOLEAN NOT NULL DEFAULT false;

-- Hand-written (issue 15): Investigation keeps a copy of its offence's knifeUsed, so one index
-- serves the offence list's "knife used" filter with its status and next-review sorts (columns of
-- Investigation). A page reached by its number then walks that index alone to its offset, instead
-- of checking each investigation's offence one by one (page 500 of "knife used, by next review"
-- was 16 times page 1 at national).
--
-- Two writers stay consistent whichever commits first: an investigation's insert reads the
-- offence's value FOR SHARE, so it waits for a transaction changing that offence and then reads
-- what it committed; an offence's change copies its value to its investigation, which a
-- concurrent insert (holding the offence FOR SHARE until it commits) makes it wait for. The copy
-- trigger on Offence is named to fire before figure_offence_after_update, so an offence's change
-- locks Investigation before FigureOffence, in the same order as a change to an investigation.

update "Investigation" i set "offenceKnifeUsed" = true
from "Offence" o where o.id = i."offenceId" and o."knifeUsed";

create function investigation_offence_knife() returns trigger language plpgsql as $$
declare
  knife boolean;
begin
  select o."knifeUsed" into knife from "Offence" o where o.id = new."offenceId" for share;
  new."offenceKnifeUsed" := coalesce(knife, false);
  return new;
end $$;

create trigger investigation_offence_knife before insert or update of "offenceId", "offenceKnifeUsed"
  on "Investigation" for each row execute function investigation_offence_knife();

create function copy_offence_knife_to_investigation() returns trigger language plpgsql as $$
begin
  update "Investigation" i set "offenceKnifeUsed" = n."knifeUsed"
  from new_rows n
  where i."offenceId" = n.id and i."offenceKnifeUsed" is distinct from n."knifeUsed";
  return null;
end $$;

create trigger copy_offence_knife_to_investigation after update on "Offence"
  referencing new table as new_rows for each statement execute function copy_offence_knife_to_investigation();

-- CreateIndex
CREATE INDEX "Investigation_offenceKnifeUsed_status_offenceId_idx" ON "Investigation"("offenceKnifeUsed", "status", "offenceId");

-- CreateIndex
CREATE INDEX "Investigation_offenceKnifeUsed_nextReviewOn_offenceId_idx" ON "Investigation"("offenceKnifeUsed", "nextReviewOn", "offenceId");

-- Hand-written: the "next review" sort's investigations with no review date come by offence id;
-- with "knife used" a page number walks this (not in schema.prisma: Prisma has no partial index).
create index "Investigation_offenceKnifeUsed_undated_idx" on "Investigation" ("offenceKnifeUsed", "offenceId")
  where "nextReviewOn" is null;
