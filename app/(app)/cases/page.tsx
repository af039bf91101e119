import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportListButton } from '@/components/cases/export-list-button';
import { CaseTable } from '@/components/cases/list/case-table';
import { FacetPanel } from '@/components/cases/list/facet-panel';
import { activeFilters, FilterChips } from '@/components/cases/list/filter-chips';
import { viewHref } from '@/components/cases/list/links';
import { PageSizeForm } from '@/components/cases/list/page-size';
import { SearchForm } from '@/components/cases/list/search-form';
import { SaveSearchForm } from '@/components/alerts/save-search-form';
import { requireUser } from '@/lib/auth/guards';
import { getPrisma } from '@/lib/db';
import { getReadPrisma } from '@/lib/db/replicas';
import { AppError } from '@/lib/errors';
import { NEW_MATCHES_CAP, openSavedSearch } from '@/lib/server/alerts/saved-searches';
import { findCases } from '@/lib/server/cases/find-cases';
import { CASE_PAGE_SIZES, caseQueryString, hasFilters, parseCaseQuery } from '@/lib/validations/case-query';

export const metadata: Metadata = { title: 'Cases' };

const numberFormat = new Intl.NumberFormat('en');

// The URL is the view: filters, search, sort, page and page size all live in the query string.
export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { query, issues } = parseCaseQuery(params);
  const [result, opened] = await Promise.all([findCases({ query }), openedSavedSearch(user.id, params.saved)]);
  const cursorParam = query.cursor ? [params.cursor].flat()[0] : undefined;
  const listQueryString = caseQueryString(query, { cursor: cursorParam ?? null });
  const notices = [...issues.map((issue) => issue.message), ...result.notices, ...(opened?.notice ? [opened.notice] : [])];
  const filtered = hasFilters(query);
  const count = `${result.totalIsEstimate ? 'about ' : ''}${numberFormat.format(result.total)} ${result.total === 1 ? 'case' : 'cases'}`;

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Cases</h1>
        <p className="text-sm text-muted" aria-live="polite" data-testid="case-total">
          {filtered ? `${count} match` : count}
        </p>
      </div>
      {opened?.search && (
        <p role="status" className="mt-2 text-sm" data-testid="opened-saved-search">
          Saved search “{opened.search.name}”:{' '}
          {opened.search.newMatches === 0
            ? 'nothing new since you last looked.'
            : `${opened.search.newMatches >= NEW_MATCHES_CAP ? `${NEW_MATCHES_CAP}+` : opened.search.newMatches} new or changed since you last looked (newest first with “Sort: updated”).`}{' '}
          <Link href="/searches" className="text-brand hover:underline">
            All saved searches
          </Link>
        </p>
      )}
      <div className="mt-4">
        <SearchForm query={query} />
      </div>
      {notices.length > 0 && (
        <ul role="status" className="mt-3 space-y-1 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      <FilterChips query={query} />

      <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside className="order-2 lg:order-1">{result.facets && <FacetPanel facets={result.facets} query={query} />}</aside>
        <div className="order-1 min-w-0 lg:order-2">
          {result.items.length === 0 ? (
            <NoResults filtered={filtered} query={query} />
          ) : (
            <CaseTable items={result.items} query={query} listQueryString={listQueryString} />
          )}
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
            <nav aria-label="Pages" className="flex gap-4 text-sm">
              {query.cursor && (
                <Link href={viewHref(query)} className="text-brand hover:underline">
                  « First page
                </Link>
              )}
              {result.prevCursor && (
                <Link href={viewHref(query, { cursor: result.prevCursor })} rel="prev" className="text-brand hover:underline">
                  ← Previous page
                </Link>
              )}
              {result.nextCursor && (
                <Link href={viewHref(query, { cursor: result.nextCursor })} rel="next" className="text-brand hover:underline">
                  Next page →
                </Link>
              )}
            </nav>
            <PageSizeForm limit={query.limit} sizes={CASE_PAGE_SIZES} hidden={[...new URLSearchParams(caseQueryString(query, { limit: null }))]} />
            <ExportListButton queryString={caseQueryString(query, { cursor: null, limit: null })} />
          </div>
          <div className="mt-4">
            <SaveSearchForm queryString={caseQueryString(query, { cursor: null })} suggestedName={activeFilters(query).map((f) => f.label).join(' · ').slice(0, 100) || 'All cases'} />
          </div>
        </div>
      </div>
    </>
  );
}

/** `saved=<id>`: the list was opened from Saved searches, which marks its matches seen. */
async function openedSavedSearch(userId: string, savedId: string | string[] | undefined) {
  if (typeof savedId !== 'string') return null;
  try {
    return { search: await openSavedSearch(await getPrisma(), userId, savedId, await getReadPrisma()) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return { notice: 'That saved search no longer exists; this is the view it showed.' };
    throw error;
  }
}

function NoResults({ filtered, query }: { filtered: boolean; query: Parameters<typeof activeFilters>[0] }) {
  if (!filtered) return <p className="text-muted">No cases recorded yet.</p>;
  const filters = activeFilters(query);
  return (
    <div className="rounded border border-line bg-white p-4 text-sm">
      <h2 className="font-semibold">No cases match this view.</h2>
      <p className="mt-1 text-muted">Try loosening it:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {filters.map((filter) => (
          <li key={filter.label}>
            <Link href={viewHref(query, filter.remove)} className="text-brand hover:underline">
              Remove “{filter.label}”
            </Link>
          </li>
        ))}
        {query.q && <li>Search fewer words, check the spelling, or put OR between alternatives (see “Search syntax”).</li>}
      </ul>
    </div>
  );
}
