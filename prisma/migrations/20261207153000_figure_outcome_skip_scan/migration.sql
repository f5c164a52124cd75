-- Hand-written (issue 15): rewinding the figures to a past as-at day reads the offences in scope
-- recorded within whole months whose outcome is dated after that day. Keyed by the outcome date
-- alone, the index gave every outcome after the day (as at 300 days ago, 86,000 at national, for
-- the 17,000 wanted); with the recorded date as its second key, PostgreSQL 18's skip scan reads
-- only the recorded dates in range under each outcome date.
drop index "FigureOffence_syv_outcomeOn_idx";
create index "FigureOffence_syv_outcomeOn_recordedOn_idx" on "FigureOffence"
  ("outcomeOn", "recordedOn") include ("npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot",
                                      "outcomeCode")
  where "category" is not null and "youngestVictimAge" < 25 and "outcomeOn" is not null;
