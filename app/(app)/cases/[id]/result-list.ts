// The result list a case was opened from, and the cases before and after it there. The list
// travels in the URL (?from=<the list's query string>); without it, a referring /cases page counts.
import 'server-only';
import { headers } from 'next/headers';
import { findCaseNeighbours } from '@/lib/server/cases/find-cases';
import { parseCaseQuery } from '@/lib/validations/case-query';

export type ResultListPosition = {
  /** The list's query string ("" for the unfiltered list). */
  from: string;
  previous: { id: string; title: string } | null;
  next: { id: string; title: string } | null;
};

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

/** Null when the case was not opened from a list, or is not in it (any more). */
export async function resultListPosition(caseId: string): Promise<ResultListPosition | null> {
  const from = await listQueryString();
  if (from === null) return null;
  const { query } = parseCaseQuery(new URLSearchParams(from));
  const neighbours = await findCaseNeighbours({ query: { ...query, cursor: null }, caseId }).catch(() => null);
  return neighbours && { from, ...neighbours };
}
