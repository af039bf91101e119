CREATE TRIGGER "CaseSummary_facet_counts_insert" AFTER INSERT ON "CaseSummary" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_facet_counts_follow();
