-- Issue 18, speed at the national seed: the distinct words of persons' name keys, so a misspelt
-- or short name is matched word by word against a few thousand words, not by word_similarity over
-- 280,000 keys (0.3 to 0.7 s) or a partner's 13,000 persons (0.7 to 1.1 s).
create table "PersonNameWord" ("word" text primary key);
create index "PersonNameWord_trgm_idx" on "PersonNameWord" using gin ("word" gin_trgm_ops);
insert into "PersonNameWord"
  select distinct w from "PersonNameKey" k, regexp_split_to_table(k."key", ' ') as w where w <> ''
  on conflict do nothing;

create function person_name_word_keep() returns trigger language plpgsql as $$
begin
  insert into "PersonNameWord" ("word")
    select w from regexp_split_to_table(new."key", ' ') as w where w <> '' on conflict do nothing;
  return null;
end $$;
create trigger person_name_word_keep after insert on "PersonNameKey"
  for each row execute function person_name_word_keep();
create trigger case_tables_never_deleted before delete on "PersonNameWord"
  for each statement execute function refuse_case_delete();

-- The keys holding any of the matched words, by index.
create index "PersonNameKey_words_idx" on "PersonNameKey" using gin (string_to_array("key", ' '));

-- The people index's NPU filter (1.06 M persons, no index on the NPU before).
create index "Person_npuId_idx" on "Person" ("npuId") where "mergedIntoId" is null;
