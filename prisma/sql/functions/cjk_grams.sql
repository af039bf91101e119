CREATE OR REPLACE FUNCTION public.cjk_grams(input text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT coalesce(array_agg(DISTINCT g.gram ORDER BY g.gram), '{}')
  FROM regexp_matches(coalesce(input, ''), '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+', 'g') AS run(m)
  CROSS JOIN LATERAL generate_series(1, char_length(run.m[1])) AS i(n)
  CROSS JOIN LATERAL (VALUES (substr(run.m[1], i.n, 1)), (CASE WHEN i.n < char_length(run.m[1]) THEN substr(run.m[1], i.n, 2) END)) AS g(gram)
  WHERE g.gram IS NOT NULL
$function$;
