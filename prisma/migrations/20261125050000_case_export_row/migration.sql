-- CreateTable
CREATE TABLE "CaseExportRow" (
    "caseId" UUID NOT NULL,
    "data" JSON NOT NULL,

    CONSTRAINT "CaseExportRow_pkey" PRIMARY KEY ("caseId")
);

-- AddForeignKey
ALTER TABLE "CaseExportRow" ADD CONSTRAINT "CaseExportRow_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseSummary"("caseId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what a result-list export shows of a case beyond its summary row, aggregated once
-- per save instead of once per export. Reading these six child lists live cost PostgreSQL ~70 µs a
-- case (correlated sub-selects building JSON): at 100,000 cases, most of an export's 10 s budget.
-- JSON, not JSONB: it is only ever read whole, and json is sent as stored, without re-serialising.

-- The export's rows of the given cases (lib/export/case-rows.ts reads them). Child lists are in
-- display order; awards in the order of their claims.
CREATE FUNCTION refresh_case_export_rows(case_ids uuid[]) RETURNS void
LANGUAGE sql AS $fn$
  INSERT INTO "CaseExportRow" ("caseId", "data")
  SELECT c.id, json_build_object(
    'firstEventOn', (SELECT min(e."occurredOn")::text FROM "TimelineEvent" e WHERE e."caseId" = c.id),
    'proceedings', coalesce((
      SELECT json_agg(json_build_object('forumKind', p."forumKind", 'forumName', p."forumName", 'caseNumber', p."caseNumber",
                                        'filedOn', p."filedOn", 'filedPrecision', p."filedPrecision",
                                        'decidedOn', p."decidedOn", 'decidedPrecision', p."decidedPrecision") ORDER BY p.position, p.id)
      FROM "Proceeding" p WHERE p."caseId" = c.id), '[]'),
    'claims', coalesce((
      SELECT json_agg(json_build_object('kind', cl.kind, 'amountQualifier', cl."amountQualifier", 'amount', cl.amount::text,
                                        'amountCurrency', cl."amountCurrency") ORDER BY cl.position, cl.id)
      FROM "Claim" cl WHERE cl."caseId" = c.id), '[]'),
    'outcomes', coalesce((
      SELECT json_agg(json_build_object('kind', o.kind, 'certainty', o.certainty, 'decidedOn', o."decidedOn", 'decidedPrecision', o."decidedPrecision",
                                        'awards', coalesce((
                                          SELECT json_agg(json_build_object('amountQualifier', a."amountQualifier", 'amount', a.amount::text,
                                                                            'amountCurrency', a."amountCurrency") ORDER BY ac.position, ac.id)
                                          FROM "OutcomeAward" a JOIN "Claim" ac ON ac.id = a."claimId" WHERE a."outcomeId" = o.id), '[]')) ORDER BY o.position, o.id)
      FROM "Outcome" o WHERE o."caseId" = c.id), '[]'),
    'parties', coalesce((
      SELECT json_agg(json_build_object('role', cp.role, 'partyId', pa.id, 'name', pa.name, 'originalName', pa."originalName") ORDER BY cp.position, cp.id)
      FROM "CaseParty" cp JOIN "Party" pa ON pa.id = cp."partyId" WHERE cp."caseId" = c.id), '[]'),
    'tags', coalesce((SELECT json_agg(t.name) FROM "CaseTag" ct JOIN "Tag" t ON t.id = ct."tagId" WHERE ct."caseId" = c.id), '[]'))
  FROM "Case" c
  WHERE c.id = ANY (case_ids)
$fn$;

-- refresh_case_summaries keeps its name (every caller, and refresh_case_summary, use it) and now
-- writes both: the list's rows as before (the summary, its amounts, search words), then the export
-- rows, which the summary's DELETE has just removed through the foreign key.
ALTER FUNCTION refresh_case_summaries(uuid[]) RENAME TO refresh_case_list_rows;

CREATE FUNCTION refresh_case_summaries(case_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM refresh_case_list_rows(case_ids);
  PERFORM refresh_case_export_rows(case_ids);
END
$fn$;

-- Export rows of the cases that exist already.
SELECT refresh_case_export_rows(coalesce((SELECT array_agg(id) FROM "Case"), '{}'));
