import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportListButton } from '@/components/cases/export-list-button';
import { CaseTable } from '@/components/cases/list/case-table';
import { FacetPanel } from '@/components/cases/list/facet-panel';
import { activeFilters, FilterChips } from '@/components/cases/list/filter-chips';
import { viewHref } from '@/components/cases/list/links';
import { PageSizeForm } from '@/components/cases/list/page-size';
import { SearchForm } from '@/components/cases/list/search-form';
import { requireUser } from '@/lib/auth/guards';
import { findCases } from '@/lib/server/cases/find-cases';
import { CASE_PAGE_SIZES, caseQueryString, hasFilters, parseCaseQuery } from '@/lib/validations/case-query';

export const metadata: Metadata = { title: 'Cases' };

const numberFormat = new Intl.NumberFormat('en');

// The URL is the view: filters, search, sort, page and page size all live in the query string.
export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const params = await searchParams;
  const { query, issues } = parseCaseQuery(params);
  const result = await findCases({ query });
  const cursorParam = query.cursor ? [params.cursor].flat()[0] : undefined;
  const listQueryString = caseQueryString(query, { cursor: cursorParam ?? null });
  const notices = [...issues.map((issue) => issue.message), ...result.notices];
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
        </div>
      </div>
    </>
  );
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
