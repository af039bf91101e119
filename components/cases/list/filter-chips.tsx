// The active filters as removable chips; also what the no-results state offers to loosen.
import Link from 'next/link';
import { formatMoney } from '@/lib/money';
import { CASE_QUERY_PARAMS, FLAG_PARAMS, type CaseQuery } from '@/lib/validations/case-query';
import { FACET_TITLES, optionLabel } from './facet-labels';
import { viewHref, type ViewChanges } from './links';

export type ActiveFilter = { label: string; remove: ViewChanges };

export function activeFilters(query: CaseQuery): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  if (query.q) filters.push({ label: `Search: ${query.q}`, remove: { q: null, sort: query.sort.column === 'relevance' ? null : query.sortParam } });
  for (const facet of ['jurisdiction', 'forum', 'claim', 'outcome', 'certainty', 'status', 'tag'] as const) {
    for (const value of query[facet]) {
      filters.push({ label: `${FACET_TITLES[facet]}: ${optionLabel(facet, value)}`, remove: { [facet]: query[facet].filter((v) => v !== value) } });
    }
  }
  if (query.yearFrom !== null || query.yearTo !== null) {
    const label = query.yearFrom === query.yearTo ? `${query.yearFrom}` : `${query.yearFrom ?? '…'}–${query.yearTo ?? '…'}`;
    filters.push({ label: `Year begun: ${label}`, remove: { yearFrom: null, yearTo: null } });
  }
  if (query.currency) {
    const min = query.amountMin && formatMoney({ qualifier: 'EXACT', value: query.amountMin, currency: query.currency });
    const max = query.amountMax && formatMoney({ qualifier: 'EXACT', value: query.amountMax, currency: query.currency });
    const range = min && max ? `${min} – ${max}` : min ? `at least ${min}` : max ? `at most ${max}` : `in ${query.currency}`;
    filters.push({ label: `Largest claim: ${range}`, remove: { currency: null, amountMin: null, amountMax: null } });
  }
  for (const flag of FLAG_PARAMS) {
    const value = query[flag];
    if (value !== null) filters.push({ label: optionLabel(flag, String(value)), remove: { [flag]: null } });
  }
  return filters;
}

export function FilterChips({ query }: { query: CaseQuery }) {
  const filters = activeFilters(query);
  if (filters.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted" id="active-filters">
        Filters:
      </span>
      <ul aria-labelledby="active-filters" className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.label}>
            <Link
              href={viewHref(query, filter.remove)}
              aria-label={`Remove filter ${filter.label}`}
              className="inline-flex items-center gap-1 rounded-full bg-sky-50 px-2.5 py-0.5 text-sky-900 ring-1 ring-sky-300 hover:bg-sky-100"
            >
              {filter.label}
              <span aria-hidden="true">✕</span>
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 1 && (
        <Link href={viewHref(query, Object.fromEntries(CASE_QUERY_PARAMS.filter((k) => !['sort', 'cursor', 'limit'].includes(k)).map((k) => [k, null])))} className="text-brand hover:underline">
          Clear all
        </Link>
      )}
    </div>
  );
}
