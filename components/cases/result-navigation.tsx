// Previous / next case within the result list the case was opened from. The list travels in the
// URL (?from=<the list's query string>); without it, a referring /cases page counts as the list.
import { headers } from 'next/headers';
import Link from 'next/link';
import { findCaseNeighbours } from '@/lib/server/cases/find-cases';
import { parseCaseQuery } from '@/lib/validations/case-query';

async function listQueryString(): Promise<string | null> {
  const requested = await headers();
  const url = new URL(requested.get('x-covenant-path') ?? '/', 'http://covenant.invalid');
  if (url.searchParams.has('from')) return url.searchParams.get('from') ?? '';
  try {
    const referer = new URL(requested.get('referer') ?? '');
    if (referer.host === requested.get('host') && referer.pathname === '/cases') return referer.search.replace(/^\?/, '');
  } catch {
    // no or unreadable referer: not opened from the list
  }
  return null;
}

export async function ResultNavigation({ caseId }: { caseId: string }) {
  const from = await listQueryString();
  if (from === null) return null;
  const { query } = parseCaseQuery(new URLSearchParams(from));
  const neighbours = await findCaseNeighbours({ query: { ...query, cursor: null }, caseId }).catch(() => null);
  if (!neighbours) return null;
  const href = (id: string) => `/cases/${id}?from=${encodeURIComponent(from)}`;
  return (
    <nav aria-label="Result list" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded border border-line bg-white px-3 py-2 text-sm">
      <Link href={from ? `/cases?${from}` : '/cases'} className="text-brand hover:underline">
        ↑ Back to the results
      </Link>
      <span className="flex gap-4">
        {neighbours.previous ? (
          <Link href={href(neighbours.previous.id)} rel="prev" aria-label={`Previous case: ${neighbours.previous.title}`} className="text-brand hover:underline">
            ← Previous: {neighbours.previous.title}
          </Link>
        ) : (
          <span className="text-muted">First result</span>
        )}
        {neighbours.next ? (
          <Link href={href(neighbours.next.id)} rel="next" aria-label={`Next case: ${neighbours.next.title}`} className="text-brand hover:underline">
            Next: {neighbours.next.title} →
          </Link>
        ) : (
          <span className="text-muted">Last result</span>
        )}
      </span>
    </nav>
  );
}
