CREATE OR REPLACE FUNCTION public.case_summary_follow_archive()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  UPDATE "CaseSummary" SET "archived" = NEW."archivedAt" IS NOT NULL, "updatedAt" = NEW."updatedAt" WHERE "caseId" = NEW.id;
  RETURN NULL;
END
$function$;
