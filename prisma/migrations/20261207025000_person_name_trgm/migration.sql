-- Issue 15: the offence list's person-name filter (every word in a linked person's surname or
-- forenames) at national scale. One trigram index over both names lets PostgreSQL AND the words'
-- trigrams in one bitmap scan; the separate surname and forenames indexes needed an OR per word
-- and fell back to a scan whenever a word was under three letters ("mockridge ja").
-- Hand-written: Prisma's schema cannot express an expression index.
create index "Person_fullname_trgm_idx" on "Person"
  using gin ((lower("surname" || ' ' || coalesce("forenames", ''))) gin_trgm_ops);
