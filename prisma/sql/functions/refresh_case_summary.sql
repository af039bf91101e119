CREATE OR REPLACE FUNCTION public.refresh_case_summary(case_id uuid)
 RETURNS void
 LANGUAGE sql
AS $function$
  SELECT refresh_case_summaries(ARRAY[case_id])
$function$;
