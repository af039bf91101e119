// The result table: column headers sort (click again to reverse); search results show where they matched.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { CASE_STATUS_LABELS, FORUM_KIND_LABELS, jurisdictionLabel } from '@/lib/labels';
import { formatMoney } from '@/lib/money';
import type { CaseListItem } from '@/lib/server/cases/find-cases';
import type { CaseQuery, CaseSortColumn } from '@/lib/validations/case-query';
import { caseHref, viewHref } from './links';

const COLUMNS: { column: Exclude<CaseSortColumn, 'relevance'>; label: string; firstDescending?: boolean }[] = [
  { column: 'title', label: 'Title' },
  { column: 'jurisdiction', label: 'Jurisdiction' },
  { column: 'forum', label: 'Forum' },
  { column: 'status', label: 'Status' },
  { column: 'year', label: 'Year begun', firstDescending: true },
  { column: 'latestEvent', label: 'Latest event', firstDescending: true },
  { column: 'amount', label: 'Largest claim', firstDescending: true },
  { column: 'updated', label: 'Last updated', firstDescending: true },
];

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone: 'UTC' });

function SortHeader({ query, column, label, firstDescending }: { query: CaseQuery; column: Exclude<CaseSortColumn, 'relevance'>; label: string; firstDescending?: boolean }) {
  const active = query.sort.column === column;
  const nextDescending = active ? !query.sort.descending : Boolean(firstDescending);
  const href = viewHref(query, { sort: `${nextDescending ? '-' : ''}${column}` });
  return (
    <th scope="col" aria-sort={active ? (query.sort.descending ? 'descending' : 'ascending') : undefined} className="whitespace-nowrap">
      <Link href={href} className="inline-flex items-center gap-1 hover:text-brand hover:underline">
        {label}
        <span aria-hidden="true">{active ? (query.sort.descending ? '▼' : '▲') : ''}</span>
        <span className="sr-only">{`, sort ${nextDescending ? 'descending' : 'ascending'}`}</span>
      </Link>
    </th>
  );
}

export function CaseTable({ items, query, listQueryString }: { items: CaseListItem[]; query: CaseQuery; listQueryString: string }) {
  const caption = query.sort.column === 'relevance' ? 'Matching cases, most relevant first' : `Cases sorted by ${COLUMNS.find((c) => c.column === query.sort.column)?.label.toLowerCase()}, ${query.sort.descending ? 'descending' : 'ascending'}`;
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      {/* Cell padding set once on the table rather than on each of 200 cells. */}
      <table className="w-full text-sm tabular-nums [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_td:first-child]:min-w-64">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-muted">
          <tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c.column} query={query} {...c} />
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} className="border-t border-line align-top">
              <td>
                <Link href={caseHref(c.id, listQueryString)} className="font-medium text-brand hover:underline">
                  {c.title}
                </Link>
                {c.fictional && (
                  <>
                    {' '}
                    <Badge tone="warn">fictional</Badge>
                  </>
                )}
                {c.hasUncitedFacts && (
                  <>
                    {' '}
                    <Badge tone="neutral" title="Some facts of this case cite no source">
                      uncited facts
                    </Badge>
                  </>
                )}
                {c.snippet && (
                  <p className="mt-1 max-w-prose text-xs text-muted">
                    <span className="font-medium">{c.snippet.label}: </span>
                    {c.snippet.parts.map((part, i) =>
                      part.match ? (
                        <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-ink">
                          {part.text}
                        </mark>
                      ) : (
                        <span key={i}>{part.text}</span>
                      ),
                    )}
                  </p>
                )}
              </td>
              <td>{jurisdictionLabel(c.jurisdictionCountry, c.jurisdictionSubdivision)}</td>
              <td>{c.forumKinds.map((k) => FORUM_KIND_LABELS[k]).join(', ') || '—'}</td>
              <td>{CASE_STATUS_LABELS[c.status]}</td>
              <td>{c.yearBegun ?? '—'}</td>
              <td className="whitespace-nowrap">{c.latestEventOn ?? '—'}</td>
              <td className="whitespace-nowrap">{c.largestClaim ? formatMoney(c.largestClaim) : '—'}</td>
              <td>{dateTimeFormat.format(new Date(c.updatedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
