'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { WatchButton } from '@/components/alerts/watch-button';
import { FormMessage } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { archiveCaseAction, restoreCaseAction } from '@/lib/actions/cases';
import type { Role } from '@/lib/generated/prisma/enums';

const link = 'rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-50';

/** What the signed-in role may do with this case; the server checks again on every action. */
export function CaseActions({ caseId, archived, role, watching }: { caseId: string; archived: boolean; role: Role; watching: boolean }) {
  const [state, action] = useActionState(archived ? restoreCaseAction : archiveCaseAction, {});
  return (
    <div className="my-4 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`/cases/${caseId}/history`} className={link}>
          History
        </Link>
        {role !== 'VIEWER' && (
          <>
            <Link href={`/cases/${caseId}/edit`} className={link}>
              Edit
            </Link>
            <form action={action}>
              <input type="hidden" name="caseId" value={caseId} />
              <SubmitButton tone="secondary">{archived ? 'Restore' : 'Archive'}</SubmitButton>
            </form>
          </>
        )}
        <WatchButton caseId={caseId} watching={watching} />
        {role === 'ADMIN' && (
          <Link href={`/cases/${caseId}/delete`} className={`${link} text-rose-700`}>
            Delete permanently…
          </Link>
        )}
      </div>
      <FormMessage state={state} />
    </div>
  );
}
