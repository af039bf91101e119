CREATE TRIGGER "CaseSummary_facet_counts_update" AFTER UPDATE ON "CaseSummary" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_facet_counts_follow();
