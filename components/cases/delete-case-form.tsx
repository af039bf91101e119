'use client';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { deleteCaseAction } from '@/lib/actions/cases';

export function DeleteCaseForm({ caseId, title }: { caseId: string; title: string }) {
  const router = useRouter();
  const [state, action] = useActionState(deleteCaseAction, {});
  useEffect(() => {
    if (state.ok) router.push('/cases');
  }, [state.ok, router]);
  return (
    <form action={action} className="max-w-lg space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <Field name="confirmTitle" label={`Type the title to confirm: ${title}`} autoComplete="off" required />
      <FormMessage state={state} />
      <SubmitButton>Delete permanently</SubmitButton>
    </form>
  );
}
