'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { watchCaseAction } from '@/lib/actions/alerts';

/**
 * "Watch this case" / "Stop watching": the button shows the state the server rendered, refreshed
 * after each change; success is announced to screen readers only (the label changing says it), a
 * refusal is shown.
 */
export function WatchButton({ caseId, watching }: { caseId: string; watching: boolean }) {
  const [state, action] = useActionState(watchCaseAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="watch" value={watching ? 'off' : 'on'} />
      <SubmitButton tone="secondary">{watching ? 'Stop watching' : 'Watch this case'}</SubmitButton>
      {state.ok ? (
        <p role="status" className="sr-only">
          {state.message}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
