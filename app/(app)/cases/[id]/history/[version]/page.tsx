import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseView } from '@/components/cases/case-view';
import { requireUser } from '@/lib/auth/guards';
import { getCaseVersion } from '@/lib/server/cases/find-history';
import { orNotFound } from '@/lib/server/not-found';
import { isCaseId } from '@/lib/validations/case-id';

export const metadata: Metadata = { title: 'Past version' };

export default async function CaseVersionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  await requireUser();
  const { id, version } = await params;
  const number = Number(version);
  if (!Number.isInteger(number) || number < 1 || !isCaseId(id)) notFound();
  const past = await orNotFound(getCaseVersion(id, number));
  return (
    <>
      <p role="note" className="mb-4 rounded bg-amber-50 p-2 text-sm text-amber-900">
        You are looking at version {number} as saved on {past.at.toISOString().slice(0, 16).replace('T', ' ')} UTC
        {past.author ? ` by ${past.author}` : ''}.{' '}
        <Link href={`/cases/${id}`} className="underline">
          Back to the current version
        </Link>
      </p>
      {past.doc ? (
        <CaseView doc={past.doc} />
      ) : (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900">
          Version {number} cannot be shown: what was stored for it is not a valid case. The other versions are not affected.
        </p>
      )}
    </>
  );
}
