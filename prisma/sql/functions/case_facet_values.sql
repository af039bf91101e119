CREATE OR REPLACE FUNCTION public.case_facet_values(jurisdiction text, status text, forums text[], claims text[], outcomes text[], certainties text[], tags text[], currencies text[], uncited boolean, bond boolean, year integer)
 RETURNS TABLE(facet text, value text)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT 'jurisdiction', jurisdiction
  UNION ALL SELECT 'status', status
  UNION ALL SELECT 'forum', unnest(forums)
  UNION ALL SELECT 'claim', unnest(claims)
  UNION ALL SELECT 'outcome', unnest(outcomes)
  UNION ALL SELECT 'certainty', unnest(certainties)
  UNION ALL SELECT 'tag', unnest(tags)
  UNION ALL SELECT 'currency', unnest(currencies)
  UNION ALL SELECT 'uncited', uncited::text
  UNION ALL SELECT 'bond', bond::text
  UNION ALL SELECT 'year', year::text WHERE year IS NOT NULL
$function$;
