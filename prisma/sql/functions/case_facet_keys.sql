CREATE OR REPLACE FUNCTION public.case_facet_keys(country character, subdivision text, status "CaseStatus", forums "ForumKind"[], claims "ClaimKind"[], outcomes "OutcomeKind"[], certainties "Certainty"[], tags text[], currencies text[], uncited boolean, bond boolean)
 RETURNS text[]
 LANGUAGE plpgsql
 IMMUTABLE PARALLEL SAFE
AS $function$
BEGIN
  RETURN ARRAY['jurisdiction:' || country, 'status:' || status, 'uncited:' || uncited, 'bond:' || bond]
    || CASE WHEN subdivision IS NULL THEN '{}'::text[] ELSE ARRAY['subdivision:' || subdivision] END
    || ARRAY(SELECT 'forum:' || v FROM unnest(forums) v)
    || ARRAY(SELECT 'claim:' || v FROM unnest(claims) v)
    || ARRAY(SELECT 'outcome:' || v FROM unnest(outcomes) v)
    || ARRAY(SELECT 'certainty:' || v FROM unnest(certainties) v)
    || ARRAY(SELECT 'tag:' || v FROM unnest(tags) v)
    || ARRAY(SELECT 'currency:' || v FROM unnest(currencies) v);
END
$function$;
