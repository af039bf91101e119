CREATE OR REPLACE FUNCTION public.refresh_case_summaries(case_ids uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
  PERFORM refresh_case_list_rows(case_ids);
  PERFORM refresh_case_export_rows(case_ids);
END
$function$;
