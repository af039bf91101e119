-- The case list reads "CaseSummary" row by row for facet counts and sorts: keep those rows narrow.
-- Without this, PostgreSQL keeps up to ~2 kB of each row inline (mostly search text), so counting
-- 8,000 matches out of 100,000 cases read most of a 150 MB table; with it, the search text moves to
-- the TOAST table and the list's own columns fit in about 600 bytes a row.
ALTER TABLE "CaseSummary" SET (toast_tuple_target = 600);
-- ...but never the columns the list shows, sorts by or counts: moved to TOAST, each read of one
-- is another index lookup (counting tags over 100,000 cases took 250 ms instead of 20 ms).
ALTER TABLE "CaseSummary"
  ALTER COLUMN "title" SET STORAGE MAIN,
  ALTER COLUMN "jurisdictionSubdivision" SET STORAGE MAIN,
  ALTER COLUMN "forumKinds" SET STORAGE MAIN,
  ALTER COLUMN "claimKinds" SET STORAGE MAIN,
  ALTER COLUMN "outcomeKinds" SET STORAGE MAIN,
  ALTER COLUMN "outcomeCertainties" SET STORAGE MAIN,
  ALTER COLUMN "tags" SET STORAGE MAIN,
  ALTER COLUMN "currencies" SET STORAGE MAIN,
  ALTER COLUMN "titleSort" SET STORAGE MAIN,
  ALTER COLUMN "forumSort" SET STORAGE MAIN,
  ALTER COLUMN "amountCurrencySort" SET STORAGE MAIN;

-- Relevance: ts_rank over the whole searchVector had to fetch every match's vector from TOAST
-- (a search matching 15,000 cases took ~400 ms). Ranking by title (A) and parties (B) only reads
-- this small inline vector; matches elsewhere in the text rank below them.
ALTER TABLE "CaseSummary" ADD COLUMN "rankVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, "partyText"), 'B')) STORED;
ALTER TABLE "CaseSummary" ALTER COLUMN "rankVector" SET STORAGE MAIN;
