// The shapes of the case list: its rows, facets and snippets (what pages, API and exports receive).
import type { CaseStatus, ClaimKind, ForumKind, MoneyQualifier, OutcomeKind } from '../../../generated/prisma/enums';
import type { Db } from '../../../db/client';
import type { CaseQuery } from '../../../validations/case-query';

export type SnippetPart = { text: string; match: boolean };
export type Snippet = { label: string; parts: SnippetPart[] };

/** What names a case in any list: the list page and the list export. */
export type CaseHeading = {
  id: string;
  title: string;
  jurisdictionCountry: string;
  jurisdictionSubdivision: string | null;
  status: CaseStatus;
  fictional: boolean;
};

/** The summary columns a list row shows as they are stored. */
export type CaseListColumns = CaseHeading & {
  forumKinds: ForumKind[];
  claimKinds: ClaimKind[];
  outcomeKinds: OutcomeKind[];
  tags: string[];
  yearBegun: number | null;
  /** YYYY-MM-DD: the first day of the latest event's period. */
  latestEventOn: string | null;
};

export type CaseListItem = CaseListColumns & {
  largestClaim: { qualifier: MoneyQualifier; value: string; currency: string } | null;
  hasUncitedFacts: boolean;
  updatedAt: string;
  /** Where a search matched, when searching and the match is not only in the title. */
  snippet: Snippet | null;
};

export type FacetOption = { value: string; count: number };

/**
 * The facets counted over the matches, as the summary's facet keys name them ("forum:COURT",
 * "bond:true": case_facet_keys() and case_facet_values() in the migrations write them).
 */
export const CASE_FACETS = ['jurisdiction', 'forum', 'claim', 'outcome', 'status', 'certainty', 'tag', 'currency', 'uncited', 'bond'] as const;
export type CaseFacet = (typeof CASE_FACETS)[number];

export type CaseFacets = Record<CaseFacet, FacetOption[]> & {
  years: { min: number | null; max: number | null };
  /** True when the counts come from a sample (more than EXACT_COUNT_LIMIT matches). */
  estimated: boolean;
};

export type FindCasesResult = {
  items: CaseListItem[];
  nextCursor: string | null;
  prevCursor: string | null;
  total: number;
  totalIsEstimate: boolean;
  facets: CaseFacets | null;
  /** For people: parts of the search that were ignored, or a misspelling that was corrected. */
  notices: string[];
};

export type FindCasesOptions = {
  query: CaseQuery;
  /** Facet counts cost a second pass over the matches; the API and exports may skip them. */
  facets?: boolean;
  db?: Db;
};
