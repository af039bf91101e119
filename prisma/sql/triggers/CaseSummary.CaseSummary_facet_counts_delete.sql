CREATE TRIGGER "CaseSummary_facet_counts_delete" AFTER DELETE ON "CaseSummary" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_facet_counts_follow();
