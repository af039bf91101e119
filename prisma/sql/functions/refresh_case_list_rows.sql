CREATE OR REPLACE FUNCTION public.refresh_case_list_rows(case_ids uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
  DELETE FROM "CaseSummary" s WHERE s."caseId" = ANY (case_ids);

  INSERT INTO "CaseSummary" (
    "caseId", "title", "jurisdictionCountry", "jurisdictionSubdivision", "status", "fictional", "archived",
    "forumKinds", "claimKinds", "outcomeKinds", "outcomeCertainties", "tags", "currencies",
    "yearBegun", "latestEventOn", "maxAmount", "maxAmountQualifier", "maxAmountCurrency", "hasUncitedFacts", "hasBond", "updatedAt",
    "titleSort", "forumSort", "yearSort", "latestEventSort", "amountCurrencySort", "amountSort",
    "searchText", "partyText", "forumText", "caseNumberText", "claimText", "sourceText",
    "judgeText", "counselText", "seatText", "lawText", "searchVector", "cjkGrams"
  )
  SELECT
    t.id, t.title, t."jurisdictionCountry", t."jurisdictionSubdivision", t.status, t.fictional, t.archived,
    t.forum_kinds, t.claim_kinds, t.outcome_kinds, t.outcome_certainties, t.tags, t.currencies,
    t.year_begun, t.latest_event, t.max_amount, t.max_qualifier, t.max_currency, t.uncited, t.bond, t."updatedAt",
    lower(t.title), coalesce(t.primary_forum, ''), coalesce(t.year_begun, 0), coalesce(t.latest_event, DATE '0001-01-01'),
    coalesce(t.max_currency, ''), coalesce(t.max_amount, -1),
    t.search_text, t.party_text, t.forum_text, t.case_numbers, t.claim_text, t.source_text,
    t.judge_text, t.counsel_text, t.seat_text, t.law_text,
    setweight(to_tsvector('english', t.text_a), 'A') || setweight(to_tsvector('english', t.text_b), 'B') ||
      setweight(to_tsvector('english', t.text_c), 'C') || setweight(to_tsvector('english', t.text_d), 'D'),
    cjk_grams(t.search_text)
  FROM (
    SELECT
      c.id, c.title, c."jurisdictionCountry", c."jurisdictionSubdivision", c.status, c.fictional,
      c."archivedAt" IS NOT NULL AS archived, c."updatedAt",
      coalesce(pr.forum_kinds, '{}') AS forum_kinds, pr.primary_forum,
      coalesce(cl.kinds, '{}') AS claim_kinds, coalesce(oc.kinds, '{}') AS outcome_kinds,
      coalesce(oc.certainties, '{}') AS outcome_certainties, coalesce(tg.tags, '{}') AS tags,
      coalesce(cl.currencies, '{}') AS currencies,
      extract(year FROM coalesce(pr.first_filed, et.first_event))::int AS year_begun,
      et.latest_event, ma.amount AS max_amount, ma.qualifier AS max_qualifier, ma.currency AS max_currency,
      (
        EXISTS (SELECT 1 FROM "Proceeding" x WHERE x."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."proceedingId" = x.id))
        OR EXISTS (SELECT 1 FROM "Adjudicator" x JOIN "Proceeding" p ON p.id = x."proceedingId" WHERE p."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."adjudicatorId" = x.id))
        OR EXISTS (SELECT 1 FROM "ProceedingParty" x JOIN "Proceeding" p ON p.id = x."proceedingId" WHERE p."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."proceedingPartyId" = x.id))
        OR EXISTS (SELECT 1 FROM "Counsel" x JOIN "ProceedingParty" r ON r.id = x."proceedingPartyId" JOIN "Proceeding" p ON p.id = r."proceedingId" WHERE p."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."counselId" = x.id))
        OR EXISTS (SELECT 1 FROM "CaseParty" x WHERE x."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."casePartyId" = x.id))
        OR EXISTS (SELECT 1 FROM "Covenant" x WHERE x."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."covenantId" = x.id))
        OR EXISTS (SELECT 1 FROM "CovenantTerm" x JOIN "Covenant" v ON v.id = x."covenantId" WHERE v."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."covenantTermId" = x.id))
        OR EXISTS (SELECT 1 FROM "ConsiderationItem" x JOIN "Covenant" v ON v.id = x."covenantId" WHERE v."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."considerationItemId" = x.id))
        OR EXISTS (SELECT 1 FROM "Claim" x WHERE x."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."claimId" = x.id))
        OR EXISTS (SELECT 1 FROM "Evidence" x WHERE x."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."evidenceId" = x.id))
        OR EXISTS (SELECT 1 FROM "TimelineEvent" x WHERE x."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."timelineEventId" = x.id))
        OR EXISTS (SELECT 1 FROM "Outcome" x WHERE x."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."outcomeId" = x.id))
        OR EXISTS (SELECT 1 FROM "OutcomeAward" x JOIN "Outcome" o ON o.id = x."outcomeId" WHERE o."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."outcomeAwardId" = x.id))
        OR EXISTS (SELECT 1 FROM "OutcomeTerm" x JOIN "Outcome" o ON o.id = x."outcomeId" WHERE o."caseId" = c.id AND NOT EXISTS (SELECT 1 FROM "Citation" z WHERE z."outcomeTermId" = x.id))
      ) AS uncited,
      EXISTS (SELECT 1 FROM "Outcome" x WHERE x."caseId" = c.id AND x."bondQualifier" IS NOT NULL) AS bond,
      normalize(concat_ws(E'\n',
        'Title: ' || c.title,
        'Parties: ' || pa.party_text,
        'Case numbers: ' || pr.case_numbers,
        'Judges: ' || pr.judge_text,
        'Counsel: ' || pr.counsel_text,
        'Summary: ' || nullif(c.summary, ''),
        'Tags: ' || array_to_string(tg.tags, ', '),
        'Forums: ' || pr.forum_text,
        'Proceedings: ' || pr.proceeding_titles,
        'Reported as: ' || pr.reported_citations,
        'Legal representatives: ' || pa.representative_text,
        'Claims: ' || cl.claim_text,
        'Outcomes: ' || oc.outcome_text,
        'Evidence: ' || ev.evidence_text,
        'Citations: ' || ci.citation_text,
        'Covenants: ' || cv.covenant_text,
        'Events: ' || et.event_text,
        'Notes: ' || nt.note_text,
        'Sources: ' || sr.source_text,
        'Source texts: ' || sn.snapshot_text
      ), NFKC) AS search_text,
      normalize(coalesce(pa.party_text, ''), NFKC) AS party_text,
      normalize(coalesce(pr.forum_text, ''), NFKC) AS forum_text,
      normalize(coalesce(pr.case_numbers, ''), NFKC) AS case_numbers,
      normalize(coalesce(cl.claim_text, ''), NFKC) AS claim_text,
      normalize(concat_ws(' · ', sr.source_text, ci.citation_text), NFKC) AS source_text,
      normalize(coalesce(pr.judge_text, ''), NFKC) AS judge_text,
      normalize(coalesce(pr.counsel_text, ''), NFKC) AS counsel_text,
      normalize(coalesce(pr.seat_text, ''), NFKC) AS seat_text,
      normalize(coalesce(cv.law_text, ''), NFKC) AS law_text,
      normalize(concat_ws(' ', c.title, pa.party_text, pr.case_numbers,
        regexp_replace(normalize(pr.case_numbers, NFKC), '[^0-9A-Za-z]+', ' ', 'g'), pr.judge_text, pr.counsel_text), NFKC) AS text_a,
      normalize(concat_ws(' ', c.summary, array_to_string(tg.tags, ' '), pr.forum_text, pr.proceeding_titles, pr.reported_citations,
        pa.representative_text, cl.claim_text, oc.outcome_text), NFKC) AS text_b,
      normalize(concat_ws(' ', ev.evidence_text, ci.citation_text), NFKC) AS text_c,
      normalize(concat_ws(' ', cv.covenant_text, et.event_text, nt.note_text, sr.source_text, sn.snapshot_text), NFKC) AS text_d
    FROM "Case" c
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' · ', p.name, p."originalName", nullif(array_to_string(p.aliases, ' · '), '')), ' · ' ORDER BY r.first_position, p.id) AS party_text,
             string_agg(p."legalRepresentative", ' · ' ORDER BY r.first_position, p.id) AS representative_text
      FROM (SELECT x."partyId", min(x.position) AS first_position FROM "CaseParty" x WHERE x."caseId" = c.id GROUP BY x."partyId") r
      JOIN "Party" p ON p.id = r."partyId"
    ) pa ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT x."forumKind" ORDER BY x."forumKind") AS forum_kinds,
             (array_agg(x."forumKind"::text ORDER BY x.position, x.id))[1] AS primary_forum,
             min(x."filedOn") AS first_filed,
             string_agg(concat_ws(' ', enum_words(x."forumKind"), x."forumName", x."forumLevel", x."forumSeat", enum_words(x.stage)), ' · ' ORDER BY x.position, x.id) AS forum_text,
             string_agg(nullif(concat_ws(' · ', x."caseNumber", nullif(array_to_string(x."otherCaseNumbers", ' · '), '')), ''), ' · ' ORDER BY x.position, x.id) AS case_numbers,
             string_agg(x."forumSeat", ' · ' ORDER BY x.position, x.id) AS seat_text,
             string_agg(x.title, ' · ' ORDER BY x.position, x.id) AS proceeding_titles,
             string_agg(nullif(array_to_string(x."reportedCitations", ' · '), ''), ' · ' ORDER BY x.position, x.id) AS reported_citations,
             string_agg((SELECT string_agg(concat_ws(' ', y.name, y."originalName"), ' · ' ORDER BY y.position, y.id)
                         FROM "Adjudicator" y WHERE y."proceedingId" = x.id), ' · ' ORDER BY x.position, x.id) AS judge_text,
             string_agg((SELECT string_agg(concat_ws(', ', k.firm, k.lawyer), ' · ' ORDER BY r.position, r.id, k.position, k.id)
                         FROM "ProceedingParty" r JOIN "Counsel" k ON k."proceedingPartyId" = r.id WHERE r."proceedingId" = x.id), ' · ' ORDER BY x.position, x.id) AS counsel_text
      FROM "Proceeding" x WHERE x."caseId" = c.id
    ) pr ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT x.kind ORDER BY x.kind) AS kinds,
             array_agg(DISTINCT x."amountCurrency"::text ORDER BY x."amountCurrency"::text) FILTER (WHERE x.amount IS NOT NULL AND x."amountCurrency" IS NOT NULL) AS currencies,
             string_agg(concat_ws(' ', x.title, enum_words(x.kind), x."amountNote", x.description, x."itemNoun"), ' · ' ORDER BY x.position, x.id) AS claim_text
      FROM "Claim" x WHERE x."caseId" = c.id
    ) cl ON true
    LEFT JOIN LATERAL (
      -- The case's main currency is the one most of its claimed amounts use (ties: alphabetical).
      SELECT x."amountCurrency"::text AS currency, max(x.amount) AS amount,
             (array_agg(x."amountQualifier" ORDER BY x.amount DESC, x.id))[1] AS qualifier
      FROM "Claim" x WHERE x."caseId" = c.id AND x.amount IS NOT NULL AND x."amountCurrency" IS NOT NULL
      GROUP BY x."amountCurrency" ORDER BY count(*) DESC, x."amountCurrency" LIMIT 1
    ) ma ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT x.kind ORDER BY x.kind) AS kinds,
             array_agg(DISTINCT x.certainty ORDER BY x.certainty) AS certainties,
             string_agg(concat_ws(' ', enum_words(x.kind), nullif(x.summary, ''), x."settlementSharesDescription",
               (SELECT string_agg(y.description, ' ' ORDER BY y.position, y.id) FROM "OutcomeTerm" y WHERE y."outcomeId" = x.id)),
             ' · ' ORDER BY x.position, x.id) AS outcome_text
      FROM "Outcome" x WHERE x."caseId" = c.id
    ) oc ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(g.name ORDER BY g.name) AS tags FROM "CaseTag" x JOIN "Tag" g ON g.id = x."tagId" WHERE x."caseId" = c.id
    ) tg ON true
    LEFT JOIN LATERAL (
      SELECT min(x."occurredOn") AS first_event, max(x."occurredOn") AS latest_event,
             string_agg(x.description, ' · ' ORDER BY x.position, x.id) AS event_text
      FROM "TimelineEvent" x WHERE x."caseId" = c.id
    ) et ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', x.description, x."producedBy", x.finding,
               (SELECT string_agg(y.description, ' ' ORDER BY y.position, y.id) FROM "EvidenceAmount" y WHERE y."evidenceId" = x.id)),
             ' · ' ORDER BY x.position, x.id) AS evidence_text
      FROM "Evidence" x WHERE x."caseId" = c.id
    ) ev ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(DISTINCT concat_ws(' ', x.excerpt, x.attribution), ' · ') AS citation_text
      FROM "Citation" x WHERE x."caseId" = c.id AND (x.excerpt IS NOT NULL OR x.attribution IS NOT NULL)
    ) ci ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', x.title, x."geographicScope", x."restrictedActivities", x."nonSolicitationScope", x."liquidatedDamagesClause",
               x."governingLaw", x."forumSelectionClause",
               (SELECT string_agg(concat_ws(' ', y.description, y."sharesClass", y."sharesAdjustment"), ' ' ORDER BY y.position, y.id) FROM "ConsiderationItem" y WHERE y."covenantId" = x.id),
               (SELECT string_agg(y.description, ' ' ORDER BY y.position, y.id) FROM "CovenantTerm" y WHERE y."covenantId" = x.id)),
             ' · ' ORDER BY x.position, x.id) AS covenant_text,
             string_agg(x."governingLaw", ' · ' ORDER BY x.position, x.id) AS law_text
      FROM "Covenant" x WHERE x."caseId" = c.id
    ) cv ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(x.body, ' · ' ORDER BY x.position, x.id) AS note_text FROM "Note" x WHERE x."caseId" = c.id
    ) nt ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', s.title, s.publisher, s.author), ' · ' ORDER BY x.position, x."sourceId") AS source_text
      FROM "CaseSource" x JOIN "Source" s ON s.id = x."sourceId" WHERE x."caseId" = c.id
    ) sr ON true
    LEFT JOIN LATERAL (
      -- The texts the sources were read from, on one line (searchText keeps a line per field) and
      -- capped at 100,000 characters per case: a tsvector holds at most 1 MB, and list pages read searchText.
      SELECT left(regexp_replace(string_agg(n.text, ' ' ORDER BY x.position, x."sourceId"), '\s+', ' ', 'g'), 100000) AS snapshot_text
      FROM "CaseSource" x JOIN "Source" s ON s.id = x."sourceId" JOIN "SourceSnapshot" n ON n.sha256 = s."snapshotSha256"
      WHERE x."caseId" = c.id
    ) sn ON true
    WHERE c.id = ANY (case_ids)
  ) t;

  INSERT INTO "CaseAmount" ("caseId", "currency", "amount", "qualifier")
  SELECT DISTINCT ON (x."caseId", x."amountCurrency") x."caseId", x."amountCurrency", x.amount, x."amountQualifier"
  FROM "Claim" x
  WHERE x."caseId" = ANY (case_ids) AND x.amount IS NOT NULL AND x."amountCurrency" IS NOT NULL
  ORDER BY x."caseId", x."amountCurrency", x.amount DESC, x.id;

  -- Words for the misspelling fallback: the lexemes of Latin script, as the search vector holds them.
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w.lexeme
  FROM "CaseSummary" s CROSS JOIN LATERAL unnest(s."searchVector") AS w
  WHERE s."caseId" = ANY (case_ids) AND char_length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme ~ '^[a-z]'
  ON CONFLICT DO NOTHING;
END
$function$;
