CREATE OR REPLACE FUNCTION public.case_facet_counts_follow()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "CaseFacetCount" AS c ("facet", "value", "count")
    SELECT f.facet, f.value, -count(*)
    FROM old_rows o
    CROSS JOIN LATERAL case_facet_values(o."jurisdictionCountry"::text, o.status::text, o."forumKinds"::text[], o."claimKinds"::text[],
      o."outcomeKinds"::text[], o."outcomeCertainties"::text[], o.tags, o.currencies, o."hasUncitedFacts", o."hasBond", o."yearBegun") f
    WHERE NOT o.archived
    GROUP BY 1, 2
    ON CONFLICT ("facet", "value") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO "CaseFacetCount" AS c ("facet", "value", "count")
    SELECT f.facet, f.value, count(*)
    FROM new_rows n
    CROSS JOIN LATERAL case_facet_values(n."jurisdictionCountry"::text, n.status::text, n."forumKinds"::text[], n."claimKinds"::text[],
      n."outcomeKinds"::text[], n."outcomeCertainties"::text[], n.tags, n.currencies, n."hasUncitedFacts", n."hasBond", n."yearBegun") f
    WHERE NOT n.archived
    GROUP BY 1, 2
    ON CONFLICT ("facet", "value") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  END IF;
  RETURN NULL;
END
$function$;
