import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/guards';
import { getCaseDocument } from '@/app/(app)/cases/[id]/case-document';
import { CHANGE_ACTION_WORDS } from '@/lib/labels';
import { findCaseHistory } from '@/lib/server/cases/find-history';

export const metadata: Metadata = { title: 'History' };

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string }> };

export default async function HistoryPage({ params, searchParams }: Props) {
  await requireUser();
  const { id } = await params;
  const before = z.coerce.number().int().positive().optional().catch(undefined).parse((await searchParams).before);
  const doc = await getCaseDocument(id);
  const { entries, nextBefore } = await findCaseHistory(id, before);
  return (
    <>
      <p className="text-sm">
        <Link href={`/cases/${id}`} className="text-brand underline">
          ← {doc.title}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">History</h1>
      <ol className="mt-4 space-y-3">
        {entries.map((entry) => (
          <li key={entry.version} className="rounded border border-line bg-white p-3 text-sm">
            <p>
              <span className="font-medium">Version {entry.version}</span> — {CHANGE_ACTION_WORDS[entry.action]} by {entry.user?.email ?? 'the system (seed or import)'} on{' '}
              <time dateTime={entry.at.toISOString()}>{when.format(entry.at)} UTC</time>{' '}
              <Link href={`/cases/${id}/history/${entry.version}`} className="text-brand underline">
                view this version
              </Link>
            </p>
            {entry.changes === null ? (
              <p className="ml-4 mt-1 text-rose-800">The changes recorded for this version cannot be shown: they are not in the expected form.</p>
            ) : entry.changes.length > 0 && (
              <ul className="ml-4 mt-1 list-disc text-muted">
                {entry.changes.map((change, i) => (
                  <li key={i}>{change.text}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {nextBefore && (
        <Link href={`/cases/${id}/history?before=${nextBefore}`} className="mt-3 inline-block text-sm text-brand underline">
          Older changes →
        </Link>
      )}
    </>
  );
}
