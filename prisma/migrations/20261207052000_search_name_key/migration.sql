-- Issue 18: the header search matches a person on one key built from both names, the same way the
-- typed text is normalised (lib/search/query.ts normaliseName; an integration test keeps the two in
-- step), stored in "nameKey": lower case, accents removed, anything but letters and digits a word break (hyphens and
-- apostrophes), "mac" at the start of a word written "mc". A trigram index over the key lets
-- word_similarity (pg_trgm's <% operator) find misspelt names, either order, in one index scan.
-- Hand-written: Prisma's schema cannot express a function or an expression index.
create or replace function person_name_key(surname text, forenames text) returns text
language sql immutable parallel safe as $$
  select btrim(regexp_replace(regexp_replace(
    lower(translate(
      replace(replace(replace(replace(replace(
        coalesce(surname, '') || ' ' || coalesce(forenames, ''),
        'ß', 'ss'), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe'),
      'àÀáÁâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎèÈéÉêÊëËēĒėĖęĘěĚğĞìÌíÍîÎïÏīĪįĮıłŁñÑńŃňŇòÒóÓôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞťŤùÙúÚûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽ',
      'aaaaaaaaaaaaaaaaaaccccccddeeeeeeeeeeeeeeeeggiiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrssssssttuuuuuuuuuuuuuuuuyyyyzzzzzz')),
    '[^a-z0-9]+', ' ', 'g'),
    '(^| )mac(?=[a-z]{3})', '\1mc', 'g'))
$$;

-- Stored, not an expression index: ranking reads the key of every candidate, and recomputing the
-- regular expressions per row cost 8 s for a common surname at the national seed. Generated, so
-- no write path (forms, imports, merges, the seed) can forget it.
alter table "Person" add column "nameKey" text
  generated always as (person_name_key("surname", "forenames")) stored;
create index "Person_nameKey_idx" on "Person" ("nameKey", id) where "mergedIntoId" is null;

-- The distinct keys, searched by trigram instead of the persons: 1.06 M persons share far fewer
-- names, so a misspelt common surname ranks a few hundred names, not 35,000 rows read from the
-- heap (1.9 s). The persons of the best names are then read by the btree above. Kept by a trigger
-- on every write of a name; a key whose persons were renamed or merged stays and simply finds no
-- live person. Derived data, but never deleted like the case tables it indexes.
create table "PersonNameKey" ("key" text primary key);
create index "PersonNameKey_trgm_idx" on "PersonNameKey" using gin ("key" gin_trgm_ops);
insert into "PersonNameKey" select distinct "nameKey" from "Person" where "nameKey" <> '' on conflict do nothing;
create function person_name_key_keep() returns trigger language plpgsql as $$
begin
  if new."nameKey" <> '' then
    insert into "PersonNameKey" ("key") values (new."nameKey") on conflict do nothing;
  end if;
  return null;
end $$;
create trigger person_name_key_keep after insert or update of "surname", "forenames" on "Person"
  for each row execute function person_name_key_keep();
create trigger case_tables_never_deleted before delete on "PersonNameKey"
  for each statement execute function refuse_case_delete();

-- Nominal ids found by any part ("N0001234"), as crime references already are.
create index "Person_rmsRef_trgm_idx" on "Person" using gin (upper("rmsRef") gin_trgm_ops);

-- Sound-alike surnames ("Smyth" for "Smith") that share too few trigrams: fuzzystrmatch's double
-- metaphone of the surname, looked up by equality.
create index "Person_surname_dmetaphone_idx" on "Person" (dmetaphone("surname"))
  where "mergedIntoId" is null;

-- Intelligence references found by any part, as crime references are.
create index "IntelligenceItem_reference_trgm_idx" on "IntelligenceItem" using gin (upper("reference") gin_trgm_ops);
