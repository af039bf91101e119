-- CreateTable
CREATE TABLE "CaseFacetCount" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CaseFacetCount_pkey" PRIMARY KEY ("facet","value")
);


-- Hand-written: the counts follow every statement that writes "CaseSummary" (a refresh deletes and
-- re-inserts a case's row; archiving updates it), in the same transaction. Archived cases do not count.

-- The facet options one summary row counts under.
CREATE FUNCTION case_facet_values(jurisdiction text, status text, forums text[], claims text[], outcomes text[], certainties text[],
                                  tags text[], currencies text[], uncited boolean, year int)
RETURNS TABLE (facet text, value text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT 'jurisdiction', jurisdiction
  UNION ALL SELECT 'status', status
  UNION ALL SELECT 'forum', unnest(forums)
  UNION ALL SELECT 'claim', unnest(claims)
  UNION ALL SELECT 'outcome', unnest(outcomes)
  UNION ALL SELECT 'certainty', unnest(certainties)
  UNION ALL SELECT 'tag', unnest(tags)
  UNION ALL SELECT 'currency', unnest(currencies)
  UNION ALL SELECT 'uncited', uncited::text
  UNION ALL SELECT 'year', year::text WHERE year IS NOT NULL
$fn$;

CREATE FUNCTION case_facet_counts_follow() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "CaseFacetCount" AS c ("facet", "value", "count")
    SELECT f.facet, f.value, -count(*)
    FROM old_rows o
    CROSS JOIN LATERAL case_facet_values(o."jurisdictionCountry"::text, o.status::text, o."forumKinds"::text[], o."claimKinds"::text[],
      o."outcomeKinds"::text[], o."outcomeCertainties"::text[], o.tags, o.currencies, o."hasUncitedFacts", o."yearBegun") f
    WHERE NOT o.archived
    GROUP BY 1, 2
    ON CONFLICT ("facet", "value") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO "CaseFacetCount" AS c ("facet", "value", "count")
    SELECT f.facet, f.value, count(*)
    FROM new_rows n
    CROSS JOIN LATERAL case_facet_values(n."jurisdictionCountry"::text, n.status::text, n."forumKinds"::text[], n."claimKinds"::text[],
      n."outcomeKinds"::text[], n."outcomeCertainties"::text[], n.tags, n.currencies, n."hasUncitedFacts", n."yearBegun") f
    WHERE NOT n.archived
    GROUP BY 1, 2
    ON CONFLICT ("facet", "value") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  END IF;
  RETURN NULL;
END
$fn$;

-- One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
CREATE TRIGGER "CaseSummary_facet_counts_insert" AFTER INSERT ON "CaseSummary"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_facet_counts_follow();
CREATE TRIGGER "CaseSummary_facet_counts_update" AFTER UPDATE ON "CaseSummary"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_facet_counts_follow();
CREATE TRIGGER "CaseSummary_facet_counts_delete" AFTER DELETE ON "CaseSummary"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_facet_counts_follow();

-- Counts of the summaries that exist already.
INSERT INTO "CaseFacetCount" ("facet", "value", "count")
SELECT f.facet, f.value, count(*)
FROM "CaseSummary" s
CROSS JOIN LATERAL case_facet_values(s."jurisdictionCountry"::text, s.status::text, s."forumKinds"::text[], s."claimKinds"::text[],
  s."outcomeKinds"::text[], s."outcomeCertainties"::text[], s.tags, s.currencies, s."hasUncitedFacts", s."yearBegun") f
WHERE NOT s.archived
GROUP BY 1, 2;
