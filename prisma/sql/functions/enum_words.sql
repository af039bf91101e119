CREATE OR REPLACE FUNCTION public.enum_words(code anyenum)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT replace(lower(code::text), '_', ' ')
$function$;
