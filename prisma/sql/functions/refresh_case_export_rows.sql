CREATE OR REPLACE FUNCTION public.refresh_case_export_rows(case_ids uuid[])
 RETURNS void
 LANGUAGE sql
AS $function$
  INSERT INTO "CaseExportRow" ("caseId", "data")
  SELECT c.id, json_build_object(
    'firstEventOn', (SELECT min(e."occurredOn")::text FROM "TimelineEvent" e WHERE e."caseId" = c.id),
    'proceedings', coalesce((
      SELECT json_agg(json_build_object('forumKind', p."forumKind", 'forumName', p."forumName", 'caseNumber', p."caseNumber",
                                        'filedOn', p."filedOn", 'filedPrecision', p."filedPrecision",
                                        'decidedOn', p."decidedOn", 'decidedPrecision', p."decidedPrecision",
                                        'adjudicators', coalesce((
                                          SELECT json_agg(json_build_object('name', j.name, 'originalName', j."originalName") ORDER BY j.position, j.id)
                                          FROM "Adjudicator" j WHERE j."proceedingId" = p.id), '[]'),
                                        'counsel', coalesce((
                                          SELECT json_agg(json_build_object('firm', k.firm, 'lawyer', k.lawyer, 'party', kp.name) ORDER BY r.position, r.id, k.position, k.id)
                                          FROM "ProceedingParty" r JOIN "Counsel" k ON k."proceedingPartyId" = r.id JOIN "Party" kp ON kp.id = r."partyId"
                                          WHERE r."proceedingId" = p.id), '[]')) ORDER BY p.position, p.id)
      FROM "Proceeding" p WHERE p."caseId" = c.id), '[]'),
    'claims', coalesce((
      SELECT json_agg(json_build_object('id', cl.id, 'kind', cl.kind, 'amountQualifier', cl."amountQualifier", 'amount', cl.amount::text,
                                        'amountCurrency', cl."amountCurrency") ORDER BY cl.position, cl.id)
      FROM "Claim" cl WHERE cl."caseId" = c.id), '[]'),
    'outcomes', coalesce((
      SELECT json_agg(json_build_object('kind', o.kind, 'certainty', o.certainty, 'decidedOn', o."decidedOn", 'decidedPrecision', o."decidedPrecision",
                                        'awards', coalesce((
                                          SELECT json_agg(json_build_object('claimId', a."claimId", 'amountQualifier', a."amountQualifier", 'amount', a.amount::text,
                                                                            'amountCurrency', a."amountCurrency") ORDER BY ac.position, ac.id)
                                          FROM "OutcomeAward" a JOIN "Claim" ac ON ac.id = a."claimId" WHERE a."outcomeId" = o.id), '[]')) ORDER BY o.position, o.id)
      FROM "Outcome" o WHERE o."caseId" = c.id), '[]'),
    'parties', coalesce((
      SELECT json_agg(json_build_object('role', cp.role, 'partyId', pa.id, 'name', pa.name, 'originalName', pa."originalName") ORDER BY cp.position, cp.id)
      FROM "CaseParty" cp JOIN "Party" pa ON pa.id = cp."partyId" WHERE cp."caseId" = c.id), '[]'),
    'tags', coalesce((SELECT json_agg(t.name) FROM "CaseTag" ct JOIN "Tag" t ON t.id = ct."tagId" WHERE ct."caseId" = c.id), '[]'))
  FROM "Case" c
  WHERE c.id = ANY (case_ids)
$function$;
