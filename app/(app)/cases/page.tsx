import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { requireUser } from '@/lib/auth/guards';
import { CASE_STATUS_LABELS, FORUM_KIND_LABELS, jurisdictionLabel } from '@/lib/labels';
import { CASE_PAGE_SIZES, findCases } from '@/lib/server/cases/find-cases';

export const metadata: Metadata = { title: 'Cases' };

const searchSchema = z.object({
  cursor: z.uuid().optional().catch(undefined),
  limit: z.coerce
    .number()
    .refine((n) => (CASE_PAGE_SIZES as readonly number[]).includes(n))
    .catch(CASE_PAGE_SIZES[0]),
});

const dateFormat = new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone: 'UTC' });

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireUser();
  const { cursor, limit } = searchSchema.parse(await searchParams);
  const { items, total, nextCursor } = await findCases({ cursor, limit });

  return (
    <>
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">Cases</h1>
        <p className="text-sm text-muted">
          {total} {total === 1 ? 'case' : 'cases'}
        </p>
      </div>
      {items.length === 0 ? (
        <p className="mt-6 text-muted">No cases recorded yet.</p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">Recorded disputes, by title</caption>
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">Title</th>
                <th scope="col" className="px-3 py-2">Jurisdiction</th>
                <th scope="col" className="px-3 py-2">Forum</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Year begun</th>
                <th scope="col" className="px-3 py-2">Last updated</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id} className="border-t border-line">
                  <td className="px-3 py-2">
                    <Link href={`/cases/${c.id}`} className="font-medium text-brand hover:underline">
                      {c.title}
                    </Link>
                    {c.fictional && (
                      <span className="ml-2">
                        <Badge tone="warn">fictional</Badge>
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2">{jurisdictionLabel(c.jurisdictionCountry, c.jurisdictionSubdivision)}</td>
                  <td className="px-3 py-2">{c.forumKinds.map((k) => FORUM_KIND_LABELS[k]).join(', ') || '—'}</td>
                  <td className="px-3 py-2">{CASE_STATUS_LABELS[c.status]}</td>
                  <td className="px-3 py-2">{c.yearBegun ?? '—'}</td>
                  <td className="px-3 py-2">{dateFormat.format(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
        {cursor ? <Link href={`/cases?limit=${limit}`} className="text-brand hover:underline">← First page</Link> : <span />}
        {nextCursor && (
          <Link href={`/cases?limit=${limit}&cursor=${nextCursor}`} className="text-brand hover:underline">
            Next page →
          </Link>
        )}
      </nav>
    </>
  );
}
