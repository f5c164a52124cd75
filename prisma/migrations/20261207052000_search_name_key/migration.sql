-- Issue 18: the header search matches a person on one key built from both names, the same way the
-- typed text is normalised (lib/search/query.ts normaliseName; an integration test keeps the two in
-- step): lower case, accents removed, anything but letters and digits a word break (hyphens and
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

create index "Person_name_key_trgm_idx" on "Person"
  using gin (person_name_key("surname", "forenames") gin_trgm_ops)
  where "mergedIntoId" is null;

-- Nominal ids found by any part ("N0001234"), as crime references already are.
create index "Person_rmsRef_trgm_idx" on "Person" using gin (upper("rmsRef") gin_trgm_ops);

-- Sound-alike surnames ("Smyth" for "Smith") that share too few trigrams: fuzzystrmatch's double
-- metaphone of the surname, looked up by equality.
create index "Person_surname_dmetaphone_idx" on "Person" (dmetaphone("surname"))
  where "mergedIntoId" is null;
