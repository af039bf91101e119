import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/guards';
import { getPrisma } from '@/lib/db';
import { AUDIT_ACTION_LABELS } from '@/lib/labels';
import { findAuditEvents } from '@/lib/server/audit';

export const metadata: Metadata = { title: 'Audit log' };

const searchSchema = z.object({
  after: z.coerce.number().int().positive().max(2 ** 31 - 1).optional().catch(undefined),
});

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole('ADMIN');
  const { after } = searchSchema.parse(await searchParams);
  const { events, nextCursor } = await findAuditEvents(await getPrisma(), { cursor: after });
  return (
    <>
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="mb-4 text-sm text-muted">Account and role changes and sign-in lock-outs, newest first. Times in UTC.</p>
      {events.length === 0 && <p className="text-sm text-muted">Nothing recorded yet.</p>}
      {events.length > 0 && (
        <div className="overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">What</th>
                <th scope="col" className="px-3 py-2">Account</th>
                <th scope="col" className="px-3 py-2">By</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-t border-line align-top">
                  <td className="whitespace-nowrap px-3 py-2">
                    <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
                  </td>
                  <td className="px-3 py-2">
                    {AUDIT_ACTION_LABELS[e.action]}
                    {e.detail && <p className="text-xs text-muted">{e.detail}</p>}
                  </td>
                  <td className="px-3 py-2">{e.targetEmail}</td>
                  <td className="px-3 py-2">{e.actorEmail ?? <span className="text-muted">command line or system</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor && (
        <Link href={`/admin/audit?${new URLSearchParams({ after: String(nextCursor) })}`} className="mt-3 inline-block text-sm text-brand underline">
          Older →
        </Link>
      )}
    </>
  );
}
